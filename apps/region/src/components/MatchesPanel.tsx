import { ErrorMessage, QueryState, fieldErrorsOf, formatDate, useTRPC, SimpleTable } from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

/**
 * The region's open vacancies ranked for the candidate, with the reasons; a referral needs a reason
 * and the candidate's consent to share with that one employer.
 */
export function MatchesPanel({ candidateId, candidateName }: { candidateId: string; candidateName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const matches = useQuery(trpc.region.referrals.matches.queryOptions({ candidateId }));
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [consent, setConsent] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ reason?: string; consentToShare?: string }>({});
  const reasonId = useId();
  const consentId = useId();
  const send = useMutation(
    trpc.region.referrals.send.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.region.pathKey() });
        setChosen(null);
        setReason("");
        setConsent(false);
      },
    }),
  );
  return (
    <section aria-labelledby="matches-title" className="no-print">
      <h2 id="matches-title">Passende vacatures</h2>
      {sent && (
        <output className="success">
          Voorgedragen bij {sent}. De werkgever ziet {candidateName} nu in het werkgeversportaal.
        </output>
      )}
      <QueryState query={matches}>
        {(rows) => (
          <SimpleTable
            emptyText="Geen open vacatures bij werkgevers in de regio."
            caption="Open vacatures in de regio, best passend eerst"
            rows={rows}
            rowKey={(m) => m.vacancyId}
            columns={[
              {
                header: "Vacature",
                rowHeader: true,
                render: (m) => (
                  <>
                    {m.title}
                    <br />
                    <span className="hint">
                      {m.functionTitle}, {m.hoursPerWeek} uur
                      {m.closesOn ? `, sluit ${formatDate(m.closesOn)}` : ""}
                    </span>
                  </>
                ),
              },
              {
                header: "Werkgever en locatie",
                render: (m) => `${m.employer}${m.location ? `, ${m.location}` : ""}`,
              },
              { header: "Punten", render: (m) => m.score },
              {
                header: "Waarom",
                render: (m) => (
                  <ul className="reasons">
                    {m.reasons.map((r) => (
                      <li key={r.text} className={r.fits ? "yes" : "no"}>
                        {r.fits ? "Past: " : "Let op: "}
                        {r.text}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                header: "Actie",
                className: "actions-cell",
                render: (m) =>
                  m.alreadyReferred ? (
                    "Al voorgedragen"
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setChosen(m.vacancyId);
                        setSent(null);
                        send.reset();
                      }}
                      aria-label={`Voordragen voor ${m.title} bij ${m.employer}`}
                    >
                      Voordragen
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      {chosen && matches.data && (
        <form
          noValidate
          aria-labelledby="refer-title"
          onSubmit={(e) => {
            e.preventDefault();
            const found = {
              ...(reason.trim().length < 10
                ? { reason: "Schrijf in een zin waarom de kandidaat past (minstens 10 tekens)." }
                : {}),
              ...(consent
                ? {}
                : {
                    consentToShare:
                      "Leg eerst vast dat de kandidaat toestemming geeft om de gegevens met deze werkgever te delen.",
                  }),
            };
            setProblems(found);
            if (Object.keys(found).length > 0) return;
            const vacancy = matches.data.find((m) => m.vacancyId === chosen)!;
            send.mutate(
              { candidateId, vacancyId: chosen, reason: reason.trim(), consentToShare: true },
              {
                onSuccess: () => setSent(vacancy.employer),
                onError: (error) => setProblems(fieldErrorsOf(error)),
              },
            );
          }}
        >
          <fieldset>
            <legend id="refer-title">
              Voordragen voor {matches.data.find((m) => m.vacancyId === chosen)?.title} bij{" "}
              {matches.data.find((m) => m.vacancyId === chosen)?.employer}
            </legend>
            {send.isError && Object.keys(problems).length === 0 && <ErrorMessage error={send.error} />}
            <div className={problems.reason ? "field field-invalid" : "field"}>
              <label htmlFor={reasonId}>Waarom past de kandidaat?</label>
              <textarea
                id={reasonId}
                rows={3}
                value={reason}
                aria-invalid={Boolean(problems.reason)}
                aria-describedby={problems.reason ? `${reasonId}-error` : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
              {problems.reason && (
                <p className="field-error" id={`${reasonId}-error`}>
                  {problems.reason}
                </p>
              )}
            </div>
            {problems.consentToShare && (
              <p className="field-error" id={`${consentId}-error`}>
                {problems.consentToShare}
              </p>
            )}
            <div className="checkbox-field">
              <input
                id={consentId}
                type="checkbox"
                checked={consent}
                aria-invalid={Boolean(problems.consentToShare)}
                aria-describedby={problems.consentToShare ? `${consentId}-error` : undefined}
                onChange={(e) => setConsent(e.target.checked)}
              />
              <label htmlFor={consentId}>
                De kandidaat geeft toestemming om de gegevens met deze werkgever te delen
              </label>
            </div>
            <div className="actions">
              <button type="submit" disabled={send.isPending}>
                {send.isPending ? "Bezig met voordragen…" : "Voordracht versturen"}
              </button>
              <button type="button" className="secondary" onClick={() => setChosen(null)}>
                Annuleren
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
