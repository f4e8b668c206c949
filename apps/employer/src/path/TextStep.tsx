import { applyServerErrors, Field } from "@ontwikkelpad/ui";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { Path } from "../path-view.ts";
import { SaveButtons } from "./SaveButtons.tsx";
import { SaveOutcome } from "./SavedMessage.tsx";
import { useMoveOn, useSaveStep } from "./useStepMutations.ts";

const TEXTS = {
  2: {
    field: "careerPerspective",
    label: "Loopbaanperspectief",
    hint: "Welk werk is er in de sector en binnen de eigen organisatie of locatie?",
    button: "Loopbaanperspectief opslaan",
  },
  3: {
    field: "ambition",
    label: "Ambitie",
    hint: "Wat wil de medewerker zelf? Gebruik gerust de eigen woorden.",
    button: "Ambitie opslaan",
  },
} as const;

/** Steps 2 and 3: the career perspective and the person's ambition, as free text. */
export function TextStep({ step, personId, path }: { step: 2 | 3; personId: string; path: Path }) {
  const text = TEXTS[step];
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ text: string }>({
    defaultValues: { text: (step === 2 ? path.careerPerspective : path.ambition) ?? "" },
  });
  const { register, handleSubmit, formState, reset } = form;
  const save = useSaveStep(personId, path.id, (error) =>
    setFormError(applyServerErrors(error, form, { [`data.${text.field}`]: "text" })),
  );
  const onward = useMoveOn(personId, path, step);

  return (
    <form
      noValidate
      aria-label={text.label}
      onSubmit={handleSubmit((values, event) => {
        const andMoveOn = onward.requested(event);
        setFormError(null);
        onward.move.reset();
        save.save(
          step === 2 ? { step: 2, careerPerspective: values.text } : { step: 3, ambition: values.text },
          () => {
            reset(values);
            if (andMoveOn) onward.moveOn();
          },
        );
      })}
    >
      <Field label={text.label} hint={text.hint} required error={formState.errors.text?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={4}
            {...register("text", {
              validate: (v) =>
                v.trim() !== "" ||
                (step === 2 ? "Beschrijf het loopbaanperspectief." : "Beschrijf de ambitie."),
            })}
          />
        )}
      </Field>
      <SaveOutcome saved={save.isSuccess} formError={formError} dirty={formState.isDirty} />
      <SaveButtons saveLabel={text.button} saving={save.isPending} onward={onward} />
    </form>
  );
}
