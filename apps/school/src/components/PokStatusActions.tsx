import type { PokStatus, RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  ErrorMessage,
  POK_ACTION_LABELS,
  POK_STATUS_LABELS,
  ReasonField,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

type Enrolment = RouterOutputs["school"]["enrolments"]["get"];

const NEEDS_REASON: readonly PokStatus[] = ["WITHDRAWN", "REJECTED"];

/** The POK's next steps, each confirmed first; what happened is said after it. */
export function PokStatusActions({ data }: { data: Enrolment }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState<PokStatus | null>(null);
  const [reason, setReason] = useState("");
  // "Markeren als volledig" while fields are missing: say what is missing before asking anything.
  const [askedComplete, setAskedComplete] = useState(false);
  const [moved, setMoved] = useState<PokStatus | null>(null);
  const move = useMutation(
    trpc.school.enrolments.setStatus.mutationOptions({
      onSuccess: (_, { to }) => setMoved(to),
    }),
  );
  if (data.pok.next.length === 0) return null;
  return (
    <section aria-labelledby="status-heading" className="no-print">
      <h2 id="status-heading">Volgende stap</h2>
      {move.isError && <ErrorMessage error={move.error} />}
      {askedComplete && data.pok.missing.length > 0 && (
        <p className="form-error" role="alert">
          De POK is nog niet volledig. Vul eerst aan wat ontbreekt: {data.pok.missing.join(" ")}
        </p>
      )}
      {moved && <output className="success">De POK is {POK_STATUS_LABELS[moved].toLowerCase()}.</output>}
      <div className="actions">
        {data.pok.next.map((to) => (
          <button
            key={to}
            type="button"
            className={NEEDS_REASON.includes(to) ? "danger" : to === "DRAFT" ? "secondary" : undefined}
            disabled={move.isPending}
            onClick={() => {
              setMoved(null);
              move.reset();
              if (to === "COMPLETE" && data.pok.missing.length > 0) {
                setAskedComplete(true);
                return;
              }
              setReason("");
              setConfirming(to);
            }}
          >
            {POK_ACTION_LABELS[to]}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? `${POK_ACTION_LABELS[confirming]}?` : ""}
        confirmLabel={confirming ? `Ja, ${POK_ACTION_LABELS[confirming].toLowerCase()}` : "Ja"}
        busy={move.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          move.mutate({
            enrolmentId: data.id,
            to: confirming,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          });
          setConfirming(null);
        }}
      >
        <p>
          De POK wordt {confirming ? POK_STATUS_LABELS[confirming].toLowerCase() : ""}.
          {confirming === "SENT"
            ? " Daarna verandert ze niet meer; ze is getekend zodra de drie handtekeningen zijn vastgelegd."
            : ""}
        </p>
        {confirming && NEEDS_REASON.includes(confirming) && (
          <ReasonField rows={2} value={reason} onChange={setReason} />
        )}
      </ConfirmDialog>
    </section>
  );
}
