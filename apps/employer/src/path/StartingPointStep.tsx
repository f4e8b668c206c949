import {
  applyServerErrors,
  CREDENTIAL_KIND_LABELS,
  Field,
  formatDate,
  LANGUAGE_LEVEL_LABELS,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { parseList, type Path, type PathData } from "../path-view.ts";
import { parseHours } from "../person-form.ts";
import { SaveButtons } from "./SaveButtons.tsx";
import { SaveOutcome } from "./SavedMessage.tsx";
import { useMoveOn, useSaveStep } from "./useStepMutations.ts";

interface Values {
  languageLevel: string;
  priorEducation: string;
  experienceYears: string;
  vogRegistered: boolean;
  babyscholing: boolean;
}

const SERVER_FIELDS = {
  "data.startingPoint.languageLevel": "languageLevel",
  "data.startingPoint.priorEducation": "priorEducation",
  "data.startingPoint.experienceYears": "experienceYears",
} as const;

/** An empty field means no experience yet; "1,5" and "1.5" both read as one and a half years. */
const experienceYears = (value: string) => (value.trim() === "" ? 0 : parseHours(value));

/** Step 1: where the person starts — language level, prior education, experience, VOG and babyscholing. */
export function StartingPointStep({
  data,
  path,
  credentialTitle,
}: {
  data: PathData;
  path: Path;
  credentialTitle: (id: string) => string;
}) {
  const start = data.startingPoint;
  const vogId = useId();
  const babyId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      languageLevel: start.languageLevel ?? "",
      priorEducation: start.priorEducation.join("\n"),
      experienceYears: String(start.experienceYears).replace(".", ","),
      vogRegistered: start.vogRegistered,
      babyscholing: start.babyscholing,
    },
  });
  const { register, handleSubmit, formState, reset } = form;
  const errors = formState.errors;
  const save = useSaveStep(data.person.id, path.id, (error) =>
    setFormError(applyServerErrors(error, form, SERVER_FIELDS)),
  );
  const onward = useMoveOn(data.person.id, path, 1);

  return (
    <>
      <h3>Behaalde diploma&apos;s, certificaten en praktijkverklaringen</h3>
      {data.heldCredentials.length === 0 ? (
        <p>Er is nog niets behaald of geregistreerd.</p>
      ) : (
        <ul>
          {data.heldCredentials.map((c) => (
            <li key={`${c.credentialId}-${c.issuedOn}`}>
              {CREDENTIAL_KIND_LABELS[c.kind]} {credentialTitle(c.credentialId)}, behaald op{" "}
              {formatDate(c.issuedOn)}
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        aria-label="Startpunt"
        onSubmit={handleSubmit((values, event) => {
          const andMoveOn = onward.requested(event);
          setFormError(null);
          onward.move.reset();
          save.save(
            {
              step: 1,
              startingPoint: {
                languageLevel: (values.languageLevel || null) as keyof typeof LANGUAGE_LEVEL_LABELS | null,
                // Where HR recorded the level from stays as it is.
                languageSource: start.languageSource,
                priorEducation: parseList(values.priorEducation),
                experienceYears: experienceYears(values.experienceYears),
                vogRegistered: values.vogRegistered,
                babyscholing: values.babyscholing,
              },
            },
            () => {
              reset(values);
              if (andMoveOn) onward.moveOn();
            },
          );
        })}
      >
        <div className="form-grid">
          <Field
            label="Taalniveau mondeling"
            error={errors.languageLevel?.message}
            hint="Voor pedagogisch medewerker is 3F nodig."
          >
            {(props) => (
              <select {...props} {...register("languageLevel")}>
                <option value="">Onbekend</option>
                <LabelOptions labels={LANGUAGE_LEVEL_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Jaren werkervaring in de kinderopvang" error={errors.experienceYears?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                {...register("experienceYears", {
                  validate: (value) => {
                    const years = experienceYears(value);
                    if (Number.isNaN(years))
                      return "Vul het aantal jaren in als getal, bijvoorbeeld 2 of 1,5.";
                    return years <= 60 || "Meer dan 60 jaar werkervaring kan niet.";
                  },
                })}
              />
            )}
          </Field>
        </div>
        <Field
          label="Vooropleidingen"
          hint="Eén per regel, bijvoorbeeld ‘vmbo-basis’ of ‘mbo-2 helpende zorg en welzijn’."
          error={errors.priorEducation?.message}
        >
          {(props) => <textarea {...props} rows={3} {...register("priorEducation")} />}
        </Field>
        <div className="checkbox-field">
          <input id={vogId} type="checkbox" {...register("vogRegistered")} />
          <label htmlFor={vogId}>Heeft een VOG en staat in het Personenregister Kinderopvang</label>
        </div>
        <div className="checkbox-field">
          <input id={babyId} type="checkbox" {...register("babyscholing")} />
          <label htmlFor={babyId}>Heeft de babyscholing gevolgd</label>
        </div>
        <SaveOutcome saved={save.isSuccess} formError={formError} dirty={formState.isDirty} />
        <SaveButtons saveLabel="Startpunt opslaan" saving={save.isPending} onward={onward} />
      </form>
    </>
  );
}
