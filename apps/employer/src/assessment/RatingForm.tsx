import { applyServerErrors, Field, formatDate, FormPanel, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";

import { RATING_OPTIONS, type Evidence, type Rating } from "../path-view.ts";
import { localIsoDate } from "../person-form.ts";

interface RatingFormValues {
  result: Rating | "";
  note: string;
  assessedOn: string;
  reason: string;
}

const FIELDS = ["result", "note", "assessedOn", "reason"] as const;
/** The API's limits, checked here first so the message appears without a round trip. */
const NOTE_MAX = 1000;
const REASON_MIN = 5;

export type RatingFormMode =
  { kind: "rate"; draft: Evidence | null } | { kind: "correct"; original: Evidence };

/**
 * Rates one werkproces (a draft, replaced on every save until signed) or corrects a signed rating:
 * the correction is signed at once and supersedes the original, so it needs a reason.
 */
export function RatingForm({
  personId,
  workProcess,
  mode,
  onSaved,
  onCancel,
}: {
  personId: string;
  workProcess: { id: string; code: string; title: string };
  mode: RatingFormMode;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resultErrorId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const start = mode.kind === "rate" ? mode.draft : null;
  const form = useForm<RatingFormValues>({
    defaultValues: {
      result:
        start?.result === "MASTERED" || start?.result === "NOT_YET" || start?.result === "NOT_APPLICABLE"
          ? start.result
          : "",
      note: start?.note ?? "",
      assessedOn: start?.assessedOn ?? localIsoDate(),
      reason: "",
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.employer.assessments.get.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.get.pathKey() });
      onSaved(
        mode.kind === "correct"
          ? `De correctie van ${workProcess.code} is vastgelegd en ondertekend.`
          : `De beoordeling van ${workProcess.code} is opgeslagen als concept. Onderteken haar om haar vast te leggen.`,
      );
    },
    onError: (error: unknown) => setFormError(applyServerErrors(error, form, FIELDS)),
  };
  const rate = useMutation(trpc.employer.assessments.rate.mutationOptions(options));
  const correct = useMutation(trpc.employer.assessments.correct.mutationOptions(options));
  const pending = rate.isPending || correct.isPending;
  const heading =
    mode.kind === "correct" ? `${workProcess.code} corrigeren` : `${workProcess.code} beoordelen`;

  return (
    <FormPanel
      title={heading}
      intro={
        <>
          <p className="hint">{workProcess.title}</p>
          {mode.kind === "correct" && (
            <p>
              De ondertekende beoordeling ({formatDate(mode.original.assessedOn)}) blijft bewaard en wordt
              doorgestreept getoond. De correctie is meteen ondertekend.
            </p>
          )}
        </>
      }
      error={formError}
      submitLabel={mode.kind === "correct" ? "Correctie vastleggen" : "Beoordeling opslaan"}
      pending={pending}
      onCancel={onCancel}
      className="rating-form"
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        if (values.result === "") return;
        const rating = { result: values.result, note: values.note.trim(), assessedOn: values.assessedOn };
        if (mode.kind === "correct")
          correct.mutate({ evidenceId: mode.original.id, ...rating, reason: values.reason.trim() });
        else rate.mutate({ personId, workProcessId: workProcess.id, ...rating });
      })}
    >
      <fieldset className="radio-group" aria-describedby={errors.result ? resultErrorId : undefined}>
        <legend>Oordeel</legend>
        {RATING_OPTIONS.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              value={o.value}
              {...register("result", { required: "Kies beheerst, nog niet of niet van toepassing." })}
            />{" "}
            {o.label}
          </label>
        ))}
      </fieldset>
      {errors.result && (
        <p className="field-error" id={resultErrorId}>
          {errors.result.message}
        </p>
      )}
      <Field
        label="Toelichting"
        required
        hint={`Waarop baseer je het oordeel? Hoogstens ${NOTE_MAX} tekens.`}
        error={errors.note?.message}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={NOTE_MAX}
            {...register("note", {
              validate: (value) =>
                value.trim().length > 0 || "Schrijf kort op waarop je de beoordeling baseert.",
            })}
          />
        )}
      </Field>
      <Field label="Datum van de beoordeling" required error={errors.assessedOn?.message}>
        {(props) => (
          <input
            {...props}
            type="date"
            max={localIsoDate()}
            {...register("assessedOn", {
              required: "Vul een geldige datum in.",
              validate: (value) =>
                value <= localIsoDate() || "De datum van de beoordeling kan niet in de toekomst liggen.",
            })}
          />
        )}
      </Field>
      {mode.kind === "correct" && (
        <Field
          label="Reden van de correctie"
          required
          hint="Minstens 5 tekens; de reden blijft bij de oude beoordeling zichtbaar."
          error={errors.reason?.message}
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              maxLength={NOTE_MAX}
              {...register("reason", {
                validate: (value) =>
                  value.trim().length >= REASON_MIN || "Geef de reden van de correctie (minstens 5 tekens).",
              })}
            />
          )}
        </Field>
      )}
    </FormPanel>
  );
}
