import {
  applyServerErrors,
  Field,
  FUNDING_APPLICATION_LABELS,
  FUNDING_ELIGIBILITY_LABELS,
  SimpleTable,
  formatAmountUpTo,
} from "@ontwikkelpad/ui";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { type Path, type PathData } from "../path-view.ts";
import { parseHours } from "../person-form.ts";
import { SaveButtons } from "./SaveButtons.tsx";
import { SaveOutcome } from "./SavedMessage.tsx";
import { useMoveOn, useSaveStep } from "./useStepMutations.ts";

interface Values {
  learningHoursPerWeek: string;
  trainerHoursPerWeek: string;
  workplaceTrainerUserId: string;
}

const SERVER_FIELDS = {
  "data.learningHoursPerWeek": "learningHoursPerWeek",
  "data.trainerHoursPerWeek": "trainerHoursPerWeek",
  "data.workplaceTrainerUserId": "workplaceTrainerUserId",
} as const;

const isHours = (value: string) =>
  !Number.isNaN(parseHours(value)) || "Vul een aantal uren in, bijvoorbeeld 2 of 1,5.";

const hours = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

/** Step 6: time for the person and the praktijkopleider, who guides, and which funding fits. */
export function ResourcesStep({ data, path }: { data: PathData; path: Path }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      learningHoursPerWeek: hours(path.learningHoursPerWeek),
      trainerHoursPerWeek: hours(path.trainerHoursPerWeek),
      workplaceTrainerUserId: path.workplaceTrainerUserId ?? "",
    },
  });
  const { register, handleSubmit, formState, reset } = form;
  const errors = formState.errors;
  const save = useSaveStep(data.person.id, path.id, (error) =>
    setFormError(applyServerErrors(error, form, SERVER_FIELDS)),
  );
  const onward = useMoveOn(data.person.id, path, 6);
  const trainerPreconditions = (data.plan?.chosenRoute?.steps ?? [])
    .flatMap((s) => s.preconditions)
    .filter((p) => !p.met);

  return (
    <>
      <form
        noValidate
        aria-label="Ruimte, tijd en middelen"
        onSubmit={handleSubmit((values, event) => {
          const andMoveOn = onward.requested(event);
          setFormError(null);
          onward.move.reset();
          save.save(
            {
              step: 6,
              learningHoursPerWeek: parseHours(values.learningHoursPerWeek),
              trainerHoursPerWeek: parseHours(values.trainerHoursPerWeek),
              workplaceTrainerUserId: values.workplaceTrainerUserId,
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
            label="Leeruren per week voor de kandidaat"
            required
            error={errors.learningHoursPerWeek?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                {...register("learningHoursPerWeek", {
                  required: "Vul de leeruren per week in.",
                  validate: isHours,
                })}
              />
            )}
          </Field>
          <Field
            label="Uren per week voor de praktijkopleider"
            required
            error={errors.trainerHoursPerWeek?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                {...register("trainerHoursPerWeek", {
                  required: "Vul de uren van de praktijkopleider in.",
                  validate: isHours,
                })}
              />
            )}
          </Field>
          <Field
            label="Praktijkopleider"
            required
            error={errors.workplaceTrainerUserId?.message}
            hint="Met de uren die al gepland zijn voor lopende Ontwikkelpaden."
          >
            {(props) => (
              <select
                {...props}
                {...register("workplaceTrainerUserId", { required: "Kies een praktijkopleider." })}
              >
                <option value="">Kies een praktijkopleider</option>
                {data.trainers.map((t) => (
                  <option key={t.userId} value={t.userId}>
                    {t.name}: {t.plannedHoursPerWeek.toLocaleString("nl-NL")}{" "}
                    {t.hoursPerWeek === null ? "uur" : `van ${t.hoursPerWeek.toLocaleString("nl-NL")} uur`}{" "}
                    per week gepland
                    {t.hoursPerWeek !== null && t.plannedHoursPerWeek >= t.hoursPerWeek ? " (vol)" : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {data.trainers.length === 0 && (
          <p className="warning">
            Er is nog geen praktijkopleider in jouw organisatie. Voeg er een toe voordat je verder gaat.
          </p>
        )}
        <SaveOutcome saved={save.isSuccess} formError={formError} dirty={formState.isDirty} />
        <SaveButtons saveLabel="Uren en praktijkopleider opslaan" saving={save.isPending} onward={onward} />
      </form>
      {trainerPreconditions.length > 0 && (
        <div className="notice">
          <p>
            <strong>Voorwaarden voor de gekozen route die nog niet geregeld zijn:</strong>
          </p>
          <ul>
            {[...new Set(trainerPreconditions.map((p) => p.message))].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>Financiering</h3>
      {data.funding.length === 0 ? (
        <p>Zonder dienstverband zijn er geen regelingen te berekenen.</p>
      ) : (
        <SimpleTable
          caption={`Regelingen voor ${data.person.name}`}
          rows={data.funding}
          rowKey={(f) => f.instrumentId}
          columns={[
            { header: "Regeling", rowHeader: true, render: (f) => f.title },
            {
              header: "Status",
              cellClassName: (f) =>
                f.status === "eligible" ? "yes" : f.status === "closed" ? undefined : "warning",
              render: (f) => FUNDING_ELIGIBILITY_LABELS[f.status],
            },
            {
              header: "Bedrag",
              render: (f) => formatAmountUpTo(f.amountEuro),
            },
            {
              header: "Wat nog niet klopt",
              render: (f) =>
                f.unmetConditions.length === 0 ? (
                  "—"
                ) : (
                  <ul className="history">
                    {f.unmetConditions.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                ),
            },
            {
              header: "Aanvraag",
              render: (f) =>
                f.application
                  ? `${FUNDING_APPLICATION_LABELS[f.application.status]}${f.application.reference ? ` (${f.application.reference})` : ""}`
                  : "Nog niet aangevraagd",
            },
          ]}
        />
      )}
    </>
  );
}
