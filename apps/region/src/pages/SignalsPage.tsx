import {
  ErrorMessage,
  QueryState,
  formatCount,
  PROTECTION_NOTE,
  formatDate,
  usePageTitle,
  useRoles,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ForecastPanel } from "../components/ForecastPanel.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Signal = RouterOutputs["region"]["signals"]["list"][number];
const todayIso = () => new Date().toLocaleDateString("sv-SE");

/**
 * Skill-gap signals from the mentor teams (the coordinator acknowledges them and records the
 * regiegroep's discussion), and the forecast of qualified pedagogisch medewerkers.
 */
export function SignalsPage() {
  usePageTitle("Signalen", PORTAL_NAME);
  const trpc = useTRPC();
  const { can } = useRoles();
  const signals = useQuery(trpc.region.signals.list.queryOptions());
  const [discussing, setDiscussing] = useState<Signal | null>(null);
  const queryClient = useQueryClient();
  const review = useMutation(
    trpc.region.signals.review.mutationOptions({
      onSuccess: async () => {
        setDiscussing(null);
        await queryClient.invalidateQueries({ queryKey: trpc.region.signals.list.queryKey() });
      },
    }),
  );
  const isCoordinator = can("reviewSignals");
  return (
    <>
      <h1>Signalen</h1>
      <p>
        Werkprocessen die mentorteams (praktijkopleider en docent van een geadopteerde klas) als
        onderontwikkeld signaleren, voor de regiegroep. De aantallen deelnemers zijn beschermd.{" "}
        {PROTECTION_NOTE}
      </p>
      {review.isError && !discussing && <ErrorMessage error={review.error} />}
      <QueryState query={signals}>
        {(rows) => (
          <SimpleTable
            emptyText="Nog geen signalen van mentorteams in de regio."
            caption="Signalen van mentorteams"
            rows={rows}
            rowKey={(s) => s.id}
            columns={[
              { header: "Werkproces", rowHeader: true, render: (s) => s.workProcess },
              {
                header: "Signaal",
                render: (s) => (
                  <>
                    {s.note}
                    {s.learners && (
                      <>
                        <br />
                        <span className="hint">
                          Nog niet: {formatCount(s.learners.struggling)} van {formatCount(s.learners.rated)}{" "}
                          beoordeelde deelnemers
                        </span>
                      </>
                    )}
                  </>
                ),
              },
              {
                header: "Mentorteam",
                render: (s) => (
                  <>
                    {s.mentorTeam}
                    <br />
                    <span className="hint">
                      {s.school}, {s.schoolClass}
                    </span>
                  </>
                ),
              },
              {
                header: "Ontvangen",
                render: (s) => (
                  <>
                    {formatDate(s.sentOn)}
                    {s.sentBy && (
                      <>
                        <br />
                        <span className="hint">door {s.sentBy}</span>
                      </>
                    )}
                  </>
                ),
              },
              {
                header: "Opvolging",
                render: (s) => (
                  <>
                    {s.discussedOn
                      ? `Besproken in de regiegroep op ${formatDate(s.discussedOn)}: ${s.regiegroepNote ?? ""}`
                      : s.acknowledgedOn
                        ? `Bevestigd op ${formatDate(s.acknowledgedOn)} door ${s.acknowledgedBy ?? "—"}`
                        : "Nog niet bevestigd"}
                    {isCoordinator && (
                      <div className="actions">
                        {!s.acknowledgedOn && (
                          <button
                            type="button"
                            className="secondary"
                            disabled={review.isPending}
                            onClick={() => review.mutate({ signalId: s.id, action: "acknowledge" })}
                            aria-label={`Bevestigen: ${s.workProcess}`}
                          >
                            Bevestigen
                          </button>
                        )}
                        {!s.discussedOn && (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => setDiscussing(s)}
                            aria-label={`Bespreking vastleggen: ${s.workProcess}`}
                          >
                            Bespreking vastleggen
                          </button>
                        )}
                      </div>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {discussing && (
        <DiscussionForm
          signal={discussing}
          pending={review.isPending}
          error={review.isError ? review.error : null}
          onCancel={() => setDiscussing(null)}
          onSave={(discussedOn, note) =>
            review.mutate({ signalId: discussing.id, action: "discussed", discussedOn, note })
          }
        />
      )}
      <ForecastPanel />
    </>
  );
}

function DiscussionForm({
  signal,
  pending,
  error,
  onCancel,
  onSave,
}: {
  signal: Signal;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSave: (discussedOn: string, note: string) => void;
}) {
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const dateId = useId();
  const noteId = useId();
  return (
    <form
      noValidate
      aria-labelledby={`${noteId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim().length < 5) {
          setProblem("Schrijf in een zin wat de regiegroep afsprak (minstens 5 tekens).");
          return;
        }
        setProblem(null);
        onSave(date, note.trim());
      }}
    >
      <fieldset>
        <legend id={`${noteId}-title`}>Bespreking in de regiegroep: {signal.workProcess}</legend>
        {error !== null && <ErrorMessage error={error} />}
        <div className="field">
          <label htmlFor={dateId}>Besproken op</label>
          <input
            id={dateId}
            type="date"
            value={date}
            max={todayIso()}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className={problem ? "field field-invalid" : "field"}>
          <label htmlFor={noteId}>Wat is afgesproken?</label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${noteId}-error` : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
          {problem && (
            <p className="field-error" id={`${noteId}-error`}>
              {problem}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? "Bezig met opslaan…" : "Bespreking opslaan"}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Annuleren
          </button>
        </div>
      </fieldset>
    </form>
  );
}
