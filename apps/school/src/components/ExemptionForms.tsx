import type { RouterOutputs } from "@ontwikkelpad/api";
import { ConfirmDialog, ErrorMessage, EXEMPTION_GROUND_LABELS, Field, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

export type Aim = RouterOutputs["school"]["credentials"]["learner"]["aims"][number];
export type Exemption = RouterOutputs["school"]["exemptions"]["list"][number];
type Ground = Exemption["ground"];
type Decision = "GRANTED" | "REFUSED";

/** Reloads what an exemption changes: the list and what the learner may be issued. */
function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.school.exemptions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.school.credentials.pathKey() }),
    ]);
}

/** The examencommissie's decision on a request, or its correction of a decision (with a reason). */
export function DecisionForm({
  exemption,
  correcting,
  onDone,
}: {
  exemption: Exemption;
  correcting: boolean;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const [decision, setDecision] = useState<Decision>("GRANTED");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ note?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const options = {
    onSuccess: async () => {
      await invalidate();
      onDone();
    },
  };
  const decide = useMutation(trpc.school.exemptions.decide.mutationOptions(options));
  const correct = useMutation(trpc.school.exemptions.correct.mutationOptions(options));
  const mutation = correcting ? correct : decide;
  const label = correcting ? "Besluit corrigeren" : "Besluit vastleggen";
  return (
    <form
      noValidate
      aria-label={`${label}: vrijstelling ${exemption.credentialTitle}`}
      onSubmit={(e) => {
        e.preventDefault();
        const next = {
          note: note.trim() ? undefined : "Schrijf op waarom de examencommissie zo besluit.",
          reason: correcting && !reason.trim() ? "Geef de reden van de correctie op." : undefined,
        };
        setErrors(next);
        if (!next.note && !next.reason) setConfirming(true);
      }}
    >
      <fieldset>
        <legend>{label}</legend>
        <Field label="Besluit" required>
          {(props) => (
            <select {...props} value={decision} onChange={(e) => setDecision(e.target.value as Decision)}>
              <option value="GRANTED">Vrijstelling verlenen</option>
              <option value="REFUSED">Vrijstelling weigeren</option>
            </select>
          )}
        </Field>
        <Field label="Motivering van de examencommissie" required error={errors.note}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        {correcting && (
          <Field label="Reden van de correctie" required error={errors.reason}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        )}
        {mutation.isError && <ErrorMessage error={mutation.error} />}
        <div className="actions">
          <button type="submit" disabled={mutation.isPending}>
            {label}
          </button>
          {correcting && (
            <button type="button" className="secondary" onClick={onDone}>
              Annuleren
            </button>
          )}
        </div>
      </fieldset>
      <ConfirmDialog
        open={confirming}
        title={decision === "GRANTED" ? "Vrijstelling verlenen?" : "Vrijstelling weigeren?"}
        confirmLabel={decision === "GRANTED" ? "Ja, verlenen" : "Ja, weigeren"}
        busy={mutation.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (correcting)
            correct.mutate({ exemptionId: exemption.id, decision, note: note.trim(), reason: reason.trim() });
          else decide.mutate({ exemptionId: exemption.id, decision, note: note.trim() });
        }}
      >
        <p>
          Een besluit verandert niet meer; een fout herstel je met een correctie die het vervangt, met de
          reden.
        </p>
      </ConfirmDialog>
    </form>
  );
}

/** Records a request for a vrijstelling for werkprocessen the learner still misses. */
export function RequestForm({ personId, aims }: { personId: string; aims: Aim[] }) {
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const workProcessesId = useId();
  const [credentialId, setCredentialId] = useState(aims[0]!.credentialId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [ground, setGround] = useState<Ground>("EVC");
  const [detail, setDetail] = useState("");
  const [errors, setErrors] = useState<{ workProcesses?: string; detail?: string }>({});
  const request = useMutation(
    trpc.school.exemptions.request.mutationOptions({
      onSuccess: async () => {
        setChosen([]);
        setDetail("");
        await invalidate();
      },
    }),
  );
  const aim = aims.find((a) => a.credentialId === credentialId) ?? aims[0]!;
  return (
    <form
      noValidate
      aria-label="Vrijstelling aanvragen"
      onSubmit={(e) => {
        e.preventDefault();
        const next = {
          workProcesses: chosen.length ? undefined : "Kies minstens één werkproces.",
          detail: detail.trim() ? undefined : "Beschrijf het bewijs: wat, van wie en van wanneer.",
        };
        setErrors(next);
        if (!next.workProcesses && !next.detail)
          request.mutate({
            personId,
            credentialId,
            workProcessIds: chosen,
            ground,
            groundDetail: detail.trim(),
          });
      }}
    >
      <fieldset>
        <legend>Vrijstelling aanvragen</legend>
        <Field label="Voor" required>
          {(props) => (
            <select
              {...props}
              value={credentialId}
              onChange={(e) => {
                setCredentialId(e.target.value);
                setChosen([]);
              }}
            >
              {aims.map((a) => (
                <option key={a.credentialId} value={a.credentialId}>
                  {a.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset aria-describedby={errors.workProcesses ? workProcessesId : undefined}>
          <legend>Werkprocessen</legend>
          {aim.missing.map((w) => (
            <label key={w.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(w.id)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, w.id] : chosen.filter((id) => id !== w.id))
                }
              />{" "}
              {w.code} {w.title}
            </label>
          ))}
          {errors.workProcesses && (
            <p id={workProcessesId} className="form-error">
              {errors.workProcesses}
            </p>
          )}
        </fieldset>
        <Field label="Grond" required>
          {(props) => (
            <select {...props} value={ground} onChange={(e) => setGround(e.target.value as Ground)}>
              {(Object.keys(EXEMPTION_GROUND_LABELS) as Ground[]).map((g) => (
                <option key={g} value={g}>
                  {EXEMPTION_GROUND_LABELS[g]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Bewijs (wat, van wie, van wanneer)" required error={errors.detail}>
          {(props) => (
            <input {...props} maxLength={2000} value={detail} onChange={(e) => setDetail(e.target.value)} />
          )}
        </Field>
        {request.isError && <ErrorMessage error={request.error} />}
        {request.isSuccess && <output className="success">De aanvraag is vastgelegd.</output>}
        <div className="actions">
          <button type="submit" disabled={request.isPending}>
            Vrijstelling aanvragen
          </button>
        </div>
      </fieldset>
    </form>
  );
}
