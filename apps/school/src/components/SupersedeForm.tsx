import { ConfirmDialog, ErrorMessage, Field, useTRPC, ReasonField } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { IssuedRow } from "./IssuedCredentialsTable.tsx";
import { useWorkProcessTitles } from "./useWorkProcessTitles.ts";

/**
 * A correction of an issued credential: the reason, the corrected issue date and, for a
 * praktijkverklaring, the werkprocessen it keeps. After confirmation a new credential supersedes it;
 * the old one stays, struck through, with the reason.
 */
export function SupersedeForm({ credential, onDone }: { credential: IssuedRow; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleOf = useWorkProcessTitles();
  const praktijkverklaring = credential.kind === "PRAKTIJKVERKLARING";
  const [reason, setReason] = useState("");
  const [issuedOn, setIssuedOn] = useState(credential.issuedOn);
  const [kept, setKept] = useState<string[]>(credential.workProcessIds);
  const [errors, setErrors] = useState<{ reason?: string; workProcesses?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const supersede = useMutation(
    trpc.school.credentials.supersede.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.school.credentials.pathKey() });
        onDone();
      },
    }),
  );
  return (
    <form
      noValidate
      aria-label={`${credential.title} corrigeren`}
      onSubmit={(e) => {
        e.preventDefault();
        const next = {
          reason:
            reason.trim().length < 5
              ? "Schrijf waarom je corrigeert: de werkgever en de deelnemer lezen het bij het oude bewijs."
              : undefined,
          workProcesses:
            praktijkverklaring && kept.length === 0
              ? "Een praktijkverklaring noemt minstens één werkproces."
              : undefined,
        };
        setErrors(next);
        if (!next.reason && !next.workProcesses) setConfirming(true);
      }}
    >
      <fieldset>
        <legend>
          {credential.title} van {credential.learner} corrigeren
        </legend>
        <ReasonField
          label="Reden van de correctie"
          error={errors.reason}
          maxLength={2000}
          value={reason}
          onChange={setReason}
        />
        <Field label="Datum van afgifte" required>
          {(props) => (
            <input {...props} type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
          )}
        </Field>
        {praktijkverklaring && (
          <fieldset aria-describedby={errors.workProcesses ? "kept-error" : undefined}>
            <legend>Werkprocessen op de praktijkverklaring</legend>
            {credential.workProcessIds.map((id) => (
              <label key={id} className="checkbox">
                <input
                  type="checkbox"
                  checked={kept.includes(id)}
                  onChange={(e) => setKept(e.target.checked ? [...kept, id] : kept.filter((k) => k !== id))}
                />{" "}
                {titleOf(id)}
              </label>
            ))}
            {errors.workProcesses && (
              <p id="kept-error" className="form-error">
                {errors.workProcesses}
              </p>
            )}
          </fieldset>
        )}
        {supersede.isError && <ErrorMessage error={supersede.error} />}
        <div className="actions">
          <button type="submit" disabled={supersede.isPending}>
            Correctie uitgeven
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            Annuleren
          </button>
        </div>
      </fieldset>
      <ConfirmDialog
        open={confirming}
        title="Bewijs vervangen?"
        confirmLabel="Ja, vervangen"
        busy={supersede.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          supersede.mutate({
            credentialId: credential.id,
            reason: reason.trim(),
            issuedOn,
            ...(praktijkverklaring ? { workProcessIds: kept } : {}),
          });
        }}
      >
        <p>
          Er komt een nieuw bewijs dat {credential.title} van {credential.learner} vervangt. Het oude blijft
          zichtbaar, doorgestreept, met de reden. Dit kun je niet ongedaan maken.
        </p>
      </ConfirmDialog>
    </form>
  );
}
