import { ConfirmDialog, ErrorMessage, errorMessage, useTRPC, ReasonField } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { STEP_LABELS, type Path, type PathData } from "../path-view.ts";
import { useRefreshPath } from "./useStepMutations.ts";

/**
 * The step buttons the server allows: on to the next step (unless the step's form does that as
 * "Opslaan en naar stap N"), from step 8 a review, and looking back at the previous step (which moves
 * nothing). Moving the path itself back is a separate, confirmed action with a reason, because it
 * reopens what was agreed.
 */
export function StepMove({ data, path, formMovesOn }: { data: PathData; path: Path; formMovesOn: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshPath(data.person.id);
  const [, setParams] = useSearchParams();
  const [movingBack, setMovingBack] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const move = useMutation(
    trpc.employer.paths.move.mutationOptions({
      onSuccess: async () => {
        setMovingBack(null);
        await refresh();
        // Without ?stap the wizard follows the path to its new step.
        setParams({});
      },
    }),
  );
  const onwards = path.moves.filter((m) => m.kind === "review" || (m.kind === "forward" && !formMovesOn));
  const blocked = onwards.find((m) => m.missing.length > 0);
  const back = path.moves.find((m) => m.kind === "back");

  return (
    <div className="step-move no-print">
      {blocked && (
        <div className="notice" id="step-missing">
          <p>
            <strong>
              {blocked.kind === "review" ? "Nodig voor een evaluatie:" : "Nodig om verder te gaan:"}
            </strong>
          </p>
          <ul>
            {blocked.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {move.isError && movingBack === null && <ErrorMessage error={move.error} />}
      <div className="actions">
        {back && <Link to={`?stap=${back.to}`}>Bekijk stap {back.to}</Link>}
        {onwards.map((m) => {
          const missing = m.missing.length > 0;
          return (
            <button
              key={m.to}
              type="button"
              disabled={missing || move.isPending}
              aria-describedby={missing ? "step-missing" : undefined}
              onClick={() => move.mutate({ pathId: path.id, to: m.to })}
            >
              {move.isPending
                ? "Bezig…"
                : m.kind === "review"
                  ? `Evaluatie starten (terug naar stap ${m.to})`
                  : `Naar stap ${m.to}: ${STEP_LABELS[m.to]}`}
            </button>
          );
        })}
        {back && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              move.reset();
              setReason("");
              setMovingBack(back.to);
            }}
          >
            Pad terugzetten naar stap {back.to}…
          </button>
        )}
      </div>
      <ConfirmDialog
        open={movingBack !== null}
        title={`Ontwikkelpad terugzetten naar stap ${movingBack ?? ""}?`}
        confirmLabel="Terugzetten"
        busy={move.isPending}
        onConfirm={() => movingBack !== null && move.mutate({ pathId: path.id, to: movingBack, reason })}
        onCancel={() => setMovingBack(null)}
      >
        <p>
          Het pad staat daarna weer op stap {movingBack}: wat daarna was afgesproken moet opnieuw worden
          doorlopen. Wil je alleen terugkijken, gebruik dan ‘Bekijk stap {movingBack}’.
        </p>
        <ReasonField hint="Minstens 5 tekens; de reden wordt bewaard." value={reason} onChange={setReason} />
        {move.isError && (
          <p className="form-error" role="alert">
            {errorMessage(move.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
