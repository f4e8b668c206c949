import {
  Field,
  FormPanel,
  QueryState,
  applyServerErrors,
  useTRPC,
  formatDurationMonths,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { AdviceNote } from "./AdviceNoteView.tsx";

/** The rows of next steps the form offers; empty rows are left out. */
const STEP_ROWS = 3;

interface Values {
  goalFunctionId: string;
  routeId: string;
  adviceText: string;
  steps: { description: string; dueOn: string }[];
  correctionReason: string;
}
const FIELDS = {
  goalFunctionId: "goalFunctionId",
  routeId: "routeId",
  adviceText: "adviceText",
  correctionReason: "correctionReason",
} as const;

/**
 * Writes the LWL advice as a concept (region.advice.save): a new one, changes to the concept
 * `concept`, or a new version that corrects the given advice (`corrects`), which needs a reason. The
 * routes, their duration and funding are core's for the chosen goal; the server stores them as they
 * are on the day of saving.
 */
export function AdviceForm(props: AdviceFormProps) {
  const trpc = useTRPC();
  const functions = useQuery(trpc.catalog.functions.queryOptions());
  // The goal's select needs its options before the form reads its default value.
  return (
    <QueryState query={functions}>{(list) => <AdviceFormFields {...props} functions={list} />}</QueryState>
  );
}

interface AdviceFormProps {
  candidateId: string;
  concept: AdviceNote | null;
  corrects: AdviceNote | null;
  onDone: () => void;
}

function AdviceFormFields({
  candidateId,
  concept,
  corrects,
  onDone,
  functions,
}: AdviceFormProps & { functions: { id: string; title: string; pathRole: "entry" | "goal" | null }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const base = concept ?? corrects;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      goalFunctionId: base?.goalFunctionId ?? functions.find((f) => f.pathRole === "goal")?.id ?? "",
      routeId: base?.routeId ?? "",
      adviceText: base?.adviceText ?? "",
      steps: Array.from(
        { length: STEP_ROWS },
        (_, i) => base?.nextSteps[i] ?? { description: "", dueOn: "" },
      ),
      correctionReason: concept?.correctionReason ?? "",
    },
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const goal = useWatch({ control, name: "goalFunctionId" });
  const plan = useQuery(trpc.region.advice.get.queryOptions({ candidateId, goalFunctionId: goal }));
  const save = useMutation(
    trpc.region.advice.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.region.advice.notes.pathKey() });
        onDone();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  const errors = formState.errors;
  const needsReason = Boolean(corrects) || Boolean(concept?.supersedesId);
  return (
    <FormPanel
      title={
        concept ? "Concept-advies aanpassen" : corrects ? "Nieuwe versie van het advies" : "Advies schrijven"
      }
      intro={
        <p className="hint">
          Route, duur en financiering komen uit de planner en de financieringscheck van vandaag. Een gegeven
          advies verandert niet meer; een correctie wordt een nieuwe versie met een reden.
        </p>
      }
      error={formError}
      submitLabel="Concept opslaan"
      pending={save.isPending}
      onCancel={onDone}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        const reason = v.correctionReason.trim();
        if (needsReason && reason.length < 5)
          return setError("correctionReason", {
            message: "Schrijf waarom je het advies corrigeert (minstens 5 tekens).",
          });
        save.mutate({
          candidateId,
          ...(concept ? { noteId: concept.id } : {}),
          goalFunctionId: v.goalFunctionId,
          routeId: v.routeId,
          adviceText: v.adviceText.trim(),
          nextSteps: v.steps
            .filter((s) => s.description.trim() !== "" || s.dueOn !== "")
            .map((s) => ({ description: s.description.trim(), dueOn: s.dueOn })),
          ...(needsReason ? { correctionReason: reason } : {}),
        });
      })}
      grid={
        <>
          <Field label="Doel" required error={errors.goalFunctionId?.message}>
            {(props) => (
              <select {...props} {...register("goalFunctionId", { required: "Kies een doel." })}>
                {functions.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Route" required error={errors.routeId?.message}>
            {(props) => (
              <select {...props} {...register("routeId", { required: "Kies een route." })}>
                <option value="">Kies een route</option>
                {plan.data?.routes.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}: {formatDurationMonths(r.totalMonths)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      }
    >
      <Field label="Advies" required error={errors.adviceText?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            {...register("adviceText", {
              validate: (t) => t.trim().length >= 10 || "Schrijf het advies (minstens 10 tekens).",
              maxLength: { value: 5000, message: "Hoogstens 5000 tekens." },
            })}
          />
        )}
      </Field>
      <fieldset>
        <legend>Vervolgstappen</legend>
        {Array.from({ length: STEP_ROWS }, (_, i) => (
          <div className="form-grid" key={i}>
            <Field label={`Stap ${i + 1}`} error={errors.steps?.[i]?.description?.message}>
              {(props) => (
                <input
                  {...props}
                  maxLength={300}
                  {...register(`steps.${i}.description`, {
                    validate: (d, all) =>
                      !all.steps[i]!.dueOn ||
                      d.trim().length >= 3 ||
                      "Beschrijf de stap (minstens 3 tekens).",
                  })}
                />
              )}
            </Field>
            <Field label={`Datum stap ${i + 1}`} error={errors.steps?.[i]?.dueOn?.message}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  {...register(`steps.${i}.dueOn`, {
                    validate: (d, all) =>
                      !all.steps[i]!.description.trim() || d !== "" || "Vul de datum van deze stap in.",
                  })}
                />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      {needsReason && (
        <Field label="Reden van de correctie" required error={errors.correctionReason?.message}>
          {(props) => <textarea {...props} rows={2} maxLength={1000} {...register("correctionReason")} />}
        </Field>
      )}
    </FormPanel>
  );
}
