import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  POK_STATUS_LABELS,
  QueryState,
  formatDate,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";

/**
 * A new POK on a change of employer: the POKs a change linked to this one, and — while it runs — the
 * choice of the new leerbedrijf. The old POK ends with the reason "Wisseling van leerbedrijf"; the new
 * one starts as a draft with learner, opleiding and leerweg carried over.
 */
export function EmployerChange({ enrolmentId }: { enrolmentId: string }) {
  const trpc = useTRPC();
  const options = useQuery(trpc.school.employerChange.options.queryOptions({ enrolmentId }));
  return (
    <QueryState query={options}>
      {(data) => (
        <section aria-labelledby="employer-change-heading" className="no-print">
          <h2 id="employer-change-heading">Wisseling van leerbedrijf</h2>
          {data.replaces && (
            <p>
              Deze POK vervangt de{" "}
              <Link to={`/inschrijvingen/${data.replaces.id}`}>POK bij {data.replaces.employer}</Link> (
              {POK_STATUS_LABELS[data.replaces.pokStatus].toLowerCase()}).
            </p>
          )}
          {data.replacedBy && (
            <p>
              Vervangen door de{" "}
              <Link to={`/inschrijvingen/${data.replacedBy.id}`}>
                nieuwe POK bij {data.replacedBy.employer}
              </Link>{" "}
              ({POK_STATUS_LABELS[data.replacedBy.pokStatus].toLowerCase()}).
            </p>
          )}
          {data.replaceable ? (
            <ChangeForm enrolmentId={enrolmentId} employers={data.employers} />
          ) : (
            !data.replacedBy && (
              <p>Alleen een lopende POK wordt bij een wisseling van leerbedrijf vervangen.</p>
            )
          )}
        </section>
      )}
    </QueryState>
  );
}

const todayIso = () => new Date().toISOString().slice(0, 10);

function ChangeForm({
  enrolmentId,
  employers,
}: {
  enrolmentId: string;
  employers: { id: string; name: string; employsLearner: boolean; recognised: boolean }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [employerId, setEmployerId] = useState(employers.find((e) => e.employsLearner)?.id ?? "");
  const [startDate, setStartDate] = useState(todayIso());
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const replace = useMutation(
    trpc.school.employerChange.replace.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.school.pathKey() });
        await navigate(`/inschrijvingen/${id}`);
      },
    }),
  );
  if (employers.length === 0)
    return (
      <p>
        Er is geen ander leerbedrijf om uit te kiezen: de deelnemer werkt nergens anders en jouw school werkt
        nog met geen ander leerbedrijf samen.
      </p>
    );
  const chosen = employers.find((e) => e.id === employerId);
  return (
    <form
      aria-label="Nieuwe POK bij een ander leerbedrijf"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(chosen ? null : "Kies het nieuwe leerbedrijf.");
        if (chosen) setConfirming(true);
      }}
    >
      <p className="hint">
        Werkt de deelnemer voortaan bij een ander leerbedrijf? Dan eindigt deze POK en begint een nieuwe,
        voorlopige POK bij het nieuwe leerbedrijf. Dat kan alleen met een SBB-erkenning voor deze opleiding en
        leerweg.
      </p>
      {problem && <p className="field-error">{problem}</p>}
      {replace.isError && <ErrorMessage error={replace.error} />}
      <div className="form-grid">
        <Field label="Nieuw leerbedrijf" required>
          {(props) => (
            <select {...props} value={employerId} onChange={(e) => setEmployerId(e.target.value)}>
              <option value="">Kies…</option>
              {employers.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                  {e.employsLearner ? " (werkt hier nu)" : ""}
                  {e.recognised ? "" : " (geen SBB-erkenning)"}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Start bij het nieuwe leerbedrijf" required>
          {(props) => (
            <input {...props} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={replace.isPending}>
          Nieuwe POK maken
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Nieuwe POK bij een ander leerbedrijf?"
        confirmLabel="Ja, nieuwe POK maken"
        busy={replace.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          replace.mutate({ enrolmentId, employerOrganizationId: employerId, startDate });
        }}
      >
        <p>
          Deze POK eindigt met de reden ‘Wisseling van leerbedrijf’ en er begint een voorlopige POK bij{" "}
          {chosen?.name} op {formatDate(startDate)}.
        </p>
      </ConfirmDialog>
    </form>
  );
}
