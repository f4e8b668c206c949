import {
  Field,
  FormPanel,
  LANGUAGE_LEVEL_LABELS,
  applyServerErrors,
  useTRPC,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";

type Level = keyof typeof LANGUAGE_LEVEL_LABELS;

export interface PersonFacts {
  languageLevel: Level | null;
  languageSource: string | null;
  vogRegistered: boolean;
  babyscholing: boolean;
  experienceYears: number;
}

interface Values {
  languageLevel: Level | "";
  languageSource: string;
  vogRegistered: boolean;
  babyscholing: boolean;
  experienceYears: string;
}

const FIELDS = [
  "languageLevel",
  "languageSource",
  "vogRegistered",
  "babyscholing",
  "experienceYears",
] as const;

/** Language level with its source, VOG and Personenregister, babyscholing, experience (employer.heldCredentials.updateFacts). */
export function PersonFactsForm({
  personId,
  facts,
  onSaved,
  onCancel,
}: {
  personId: string;
  facts: PersonFacts;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const vogId = useId();
  const babyId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      languageLevel: facts.languageLevel ?? "",
      languageSource: facts.languageSource ?? "",
      vogRegistered: facts.vogRegistered,
      babyscholing: facts.babyscholing,
      experienceYears: String(facts.experienceYears),
    },
  });
  const { register, handleSubmit, setError, formState } = form;
  const save = useMutation(
    trpc.employer.heldCredentials.updateFacts.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  const errors = formState.errors;
  return (
    <FormPanel
      title="Taalniveau, VOG en babyscholing"
      error={formError}
      submitLabel="Opslaan"
      pending={save.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        const years = Number(v.experienceYears.replace(",", "."));
        if (!Number.isFinite(years) || years < 0 || years > 60)
          return setError("experienceYears", { message: "Vul een aantal jaren tussen 0 en 60 in." });
        save.mutate({
          personId,
          languageLevel: v.languageLevel || null,
          languageSource: v.languageSource.trim() || null,
          vogRegistered: v.vogRegistered,
          babyscholing: v.babyscholing,
          experienceYears: years,
        });
      })}
      grid={
        <>
          <Field label="Taalniveau mondeling" error={errors.languageLevel?.message}>
            {(props) => (
              <select {...props} {...register("languageLevel")}>
                <option value="">Niet bekend</option>
                <LabelOptions labels={LANGUAGE_LEVEL_LABELS} />
              </select>
            )}
          </Field>
          <Field
            label="Bron van het taalniveau"
            error={errors.languageSource?.message}
            hint="Bijvoorbeeld: taaltoets, diploma met Nederlands 3F, staatsexamen NT2."
          >
            {(props) => (
              <input {...props} autoComplete="off" maxLength={200} {...register("languageSource")} />
            )}
          </Field>
          <Field label="Jaren werkervaring" required error={errors.experienceYears?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register("experienceYears")} />}
          </Field>
        </>
      }
    >
      <div className="checkbox-field">
        <input id={vogId} type="checkbox" {...register("vogRegistered")} />
        <label htmlFor={vogId}>Heeft een VOG en staat in het Personenregister Kinderopvang</label>
      </div>
      <div className="checkbox-field">
        <input id={babyId} type="checkbox" {...register("babyscholing")} />
        <label htmlFor={babyId}>Heeft de babyscholing gevolgd (nodig voor werk met 0-jarigen)</label>
      </div>
    </FormPanel>
  );
}
