import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  ErrorMessage,
  EVIDENCE_RESULT_LABELS,
  EXAM_RESULT_MOVE_LABELS,
  EXAM_RESULT_STATUS_LABELS,
  Field,
  FormPanel,
  QueryState,
  fieldErrorsOf,
  formatDate,
  useTRPC,
  SimpleTable,
  ReasonField,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Result = RouterOutputs["school"]["examResults"]["list"][number];
type Move = Result["moves"][number];
export type ExamResultActionKind = Move | "log";
type Outcome = "PASSED" | "FAILED";

const CONSEQUENCE: Record<Exclude<Move, "assess">, string> = {
  establish:
    "Het resultaat telt daarna mee voor het certificaat of diploma en verandert niet meer; een fout herstelt de examencommissie met een correctie.",
  withdraw: "Het resultaat telt niet mee en kan niet meer worden beoordeeld.",
  correct:
    "Het vastgestelde resultaat blijft zichtbaar als gecorrigeerd; het nieuwe resultaat telt mee in zijn plaats.",
};

/** One move on one exam result (with a form where it needs one and a confirmation where it cannot be undone), or its log. */
export function ExamResultAction({
  result,
  action,
  onDone,
}: {
  result: Result;
  action: ExamResultActionKind;
  onDone: () => void;
}) {
  if (action === "log") return <ResultLog result={result} onDone={onDone} />;
  return <MoveForm result={result} move={action} onDone={onDone} />;
}

function ResultLog({ result, onDone }: { result: Result; onDone: () => void }) {
  const trpc = useTRPC();
  const log = useQuery(trpc.school.examResults.history.queryOptions({ examResultId: result.id }));
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">
        Logboek: {result.title}, {result.person}
      </h2>
      {result.correctionReason && (
        <p>Correctie van een eerder vastgesteld resultaat: {result.correctionReason}</p>
      )}
      <QueryState query={log}>
        {(events) => (
          <SimpleTable
            caption="Statuswijzigingen van dit resultaat"
            rows={events}
            rowKey={(e) => `${e.at}-${e.to}`}
            columns={[
              { header: "Wanneer", render: (e) => new Date(e.at).toLocaleString("nl-NL") },
              { header: "Van", render: (e) => (e.from ? EXAM_RESULT_STATUS_LABELS[e.from] : "—") },
              { header: "Naar", render: (e) => EXAM_RESULT_STATUS_LABELS[e.to] },
              { header: "Door", render: (e) => e.by },
              { header: "Reden", render: (e) => e.reason ?? "—" },
            ]}
          />
        )}
      </QueryState>
      <div className="actions">
        <button type="button" className="secondary" onClick={onDone}>
          Logboek sluiten
        </button>
      </div>
    </section>
  );
}

function MoveForm({ result, move, onDone }: { result: Result; move: Move; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | "">(result.outcome ?? "");
  const [assessedOn, setAssessedOn] = useState(result.assessedOn ?? "");
  const [note, setNote] = useState(result.note ?? "");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.school.pathKey() });
      onDone();
    },
    onError: (error: unknown) => setProblems(fieldErrorsOf(error)),
  };
  const moveResult = useMutation(trpc.school.examResults.move.mutationOptions(done));
  const correct = useMutation(trpc.school.examResults.correct.mutationOptions(done));
  const pending = moveResult.isPending || correct.isPending;
  const error = moveResult.error ?? correct.error;
  const label = EXAM_RESULT_MOVE_LABELS[move];
  const withOutcome = move === "assess" || move === "correct";
  const withReason = move === "withdraw" || move === "correct";

  const submit = () => {
    setConfirming(false);
    setProblems({});
    if (move === "correct") {
      correct.mutate({
        examResultId: result.id,
        outcome: outcome || "PASSED",
        assessedOn,
        note: note.trim() || null,
        reason: reason.trim(),
      });
    } else {
      moveResult.mutate({
        examResultId: result.id,
        move,
        ...(move === "assess"
          ? { outcome: outcome || null, assessedOn: assessedOn || null, note: note.trim() || null }
          : {}),
        ...(move === "withdraw" ? { reason: reason.trim() } : {}),
      });
    }
  };
  const check = () => {
    const missing: Record<string, string> = {};
    if (withOutcome && !outcome) missing.outcome = "Kies behaald of niet behaald.";
    if (withOutcome && !assessedOn) missing.assessedOn = "Vul de examendatum in.";
    if (withReason && !reason.trim()) missing.reason = "Geef de reden op.";
    setProblems(missing);
    return Object.keys(missing).length === 0;
  };

  return (
    <>
      <FormPanel
        title={`${label}: ${result.title}, ${result.person}`}
        intro={
          <>
            <p className="hint">
              {result.credentialTitle}; nu {EXAM_RESULT_STATUS_LABELS[result.status].toLowerCase()}
              {result.outcome ? `, ${EVIDENCE_RESULT_LABELS[result.outcome]}` : ""}
              {result.assessedOn ? ` op ${formatDate(result.assessedOn)}` : ""}.
            </p>
            {error && Object.keys(fieldErrorsOf(error)).length === 0 && <ErrorMessage error={error} />}
          </>
        }
        error={null}
        submitLabel={label}
        pending={pending}
        onCancel={onDone}
        onSubmit={(event) => {
          event.preventDefault();
          if (!check()) return;
          if (move === "assess") submit();
          else setConfirming(true);
        }}
        grid={
          withOutcome ? (
            <>
              <Field label="Uitslag" required error={problems.outcome}>
                {(props) => (
                  <select
                    {...props}
                    value={outcome}
                    onChange={(e) => setOutcome(e.target.value as Outcome | "")}
                  >
                    <option value="">Kies de uitslag</option>
                    <option value="PASSED">{EVIDENCE_RESULT_LABELS.PASSED}</option>
                    <option value="FAILED">{EVIDENCE_RESULT_LABELS.FAILED}</option>
                  </select>
                )}
              </Field>
              <Field label="Examendatum" required error={problems.assessedOn}>
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    value={assessedOn}
                    onChange={(e) => setAssessedOn(e.target.value)}
                  />
                )}
              </Field>
              <Field label="Opmerking" error={problems.note}>
                {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
              </Field>
            </>
          ) : undefined
        }
      >
        {withReason && (
          <ReasonField
            label={move === "correct" ? "Reden van de correctie" : "Reden"}
            error={problems.reason}
            rows={2}
            value={reason}
            onChange={setReason}
          />
        )}
      </FormPanel>
      {move !== "assess" && (
        <ConfirmDialog
          open={confirming}
          title={`${label}?`}
          confirmLabel={`Ja, ${label.toLowerCase()}`}
          busy={pending}
          onCancel={() => setConfirming(false)}
          onConfirm={submit}
        >
          <p>{CONSEQUENCE[move]}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
