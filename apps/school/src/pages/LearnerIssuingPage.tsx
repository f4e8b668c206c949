import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  CREDENTIAL_KIND_LABELS,
  ConfirmDialog,
  ELIGIBILITY_STATUS_LABELS,
  ErrorMessage,
  QueryState,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import { ExemptionsPanel } from "../components/ExemptionsPanel.tsx";
import { IssuedCredentialsTable, type IssuedRow } from "../components/IssuedCredentialsTable.tsx";
import { SupersedeForm } from "../components/SupersedeForm.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Learner = RouterOutputs["school"]["credentials"]["learner"];
type Aim = Learner["aims"][number];

/**
 * One learner: per credential their path aims at, whether the school may issue it or what is still
 * missing (werkprocessen by code and title, the generiek deel, a diploma's certificate exemptions);
 * its vrijstellingen (requests, the examencommissie's decisions); issue after confirmation; what was
 * issued, with a correction that supersedes it.
 */
export function LearnerIssuingPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const learner = useQuery(trpc.school.credentials.learner.queryOptions({ personId }));
  const issued = useQuery(trpc.school.credentials.issued.queryOptions({ personId }));
  usePageTitle(learner.data ? `Uitgeven aan ${learner.data.name}` : "Uitgeven", PORTAL_NAME);
  const [correcting, setCorrecting] = useState<IssuedRow | null>(null);
  const { can } = useRoles();
  return (
    <>
      <p>
        <Link to="/uitgeven">← Alle deelnemers</Link>
      </p>
      <QueryState query={learner}>
        {(data) => (
          <>
            <h1>Uitgeven aan {data.name}</h1>
            <p>Leerbedrijf: {data.employer ?? "—"}</p>
            {data.aims.length === 0 ? (
              <p className="empty">
                {data.name} werkt (nog) niet naar een diploma, certificaat of praktijkverklaring.
              </p>
            ) : (
              data.aims.map((aim) => <AimSection key={aim.credentialId} aim={aim} learner={data} />)
            )}
            <ExemptionsPanel personId={data.personId} name={data.name} aims={data.aims} />
            <section aria-labelledby="issued-heading">
              <h2 id="issued-heading">Uitgegeven aan {data.name}</h2>
              <QueryState query={issued}>
                {(rows) => (
                  <IssuedCredentialsTable
                    rows={rows}
                    caption={`Bewijzen van ${data.name}, vervangen bewijzen doorgestreept`}
                    renderActions={(row) =>
                      !row.supersededById &&
                      can(
                        row.kind === "PRAKTIJKVERKLARING"
                          ? "issuePraktijkverklaringen"
                          : "issueCertificatesAndDiplomas",
                      ) && (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`${row.title} corrigeren`}
                          onClick={() => setCorrecting(row)}
                        >
                          Corrigeren
                        </button>
                      )
                    }
                  />
                )}
              </QueryState>
              {correcting && <SupersedeForm credential={correcting} onDone={() => setCorrecting(null)} />}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}

function AimSection({ aim, learner }: { aim: Aim; learner: Learner }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useRoles();
  const headingId = useId();
  const refusalId = useId();
  const [confirming, setConfirming] = useState(false);
  const issue = useMutation(
    trpc.school.credentials.issue.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.school.credentials.pathKey() }),
    }),
  );
  const kindLabel = CREDENTIAL_KIND_LABELS[aim.kind];
  return (
    <section aria-labelledby={headingId} className="aim">
      <h2 id={headingId}>
        {kindLabel} {aim.title}
        {aim.code ? ` (${aim.code})` : ""}
      </h2>
      <p>
        <strong>{ELIGIBILITY_STATUS_LABELS[aim.status]}</strong>
      </p>
      {aim.status === "missing" && aim.refusal && <p id={refusalId}>{aim.refusal}</p>}
      {aim.missing.length > 0 && (
        <>
          <h3>Ontbreekt nog</h3>
          <ul aria-label={`Ontbrekende werkprocessen voor ${aim.title}`}>
            {aim.missing.map((wp) => (
              <li key={wp.id}>
                {wp.code} {wp.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {aim.missingGeneriekDeel.length > 0 && (
        <p>Generiek deel nog niet behaald: {aim.missingGeneriekDeel.join(", ")}.</p>
      )}
      {aim.exemptions.length > 0 && (
        <>
          <h3>Vrijstellingen uit certificaten</h3>
          <ul>
            {aim.exemptions.map((x) => (
              <li key={x.certificateId}>
                {x.certificateId} {x.title}: {x.workProcessCodes.join(", ")}
              </li>
            ))}
          </ul>
          <p className="hint">Certificaten alleen zijn nooit genoeg voor het diploma.</p>
        </>
      )}
      {aim.shown.length > 0 && (
        <details>
          <summary>
            {aim.kind === "PRAKTIJKVERKLARING" ? "Beheerst in de praktijk" : "Aangetoond"}: {aim.shown.length}{" "}
            werkproces{aim.shown.length === 1 ? "" : "sen"}
          </summary>
          <ul>
            {aim.shown.map((wp) => (
              <li key={wp.id}>
                {wp.code} {wp.title}
              </li>
            ))}
          </ul>
        </details>
      )}
      {aim.kind === "PRAKTIJKVERKLARING"
        ? aim.status !== "earned" &&
          (aim.requestId ? (
            <p>
              <Link to={`/aanvragen/verklaring/${aim.requestId}`}>
                Open de aanvraag om de praktijkverklaring af te geven
              </Link>
            </p>
          ) : (
            <p className="hint">Een praktijkverklaring geef je uit als de werkgever die aanvraagt.</p>
          ))
        : aim.status !== "earned" &&
          (can("issueCertificatesAndDiplomas") ? (
            <>
              {issue.isError && <ErrorMessage error={issue.error} />}
              {issue.isSuccess && (
                <output className="success">
                  {kindLabel} {aim.title} is uitgegeven aan {learner.name}.
                </output>
              )}
              <div className="actions">
                <button
                  type="button"
                  disabled={aim.status !== "eligible" || issue.isPending}
                  aria-describedby={aim.status === "missing" ? refusalId : undefined}
                  onClick={() => setConfirming(true)}
                >
                  {kindLabel} {aim.code ?? aim.title} uitgeven
                </button>
              </div>
              <ConfirmDialog
                open={confirming}
                title={`${kindLabel} uitgeven?`}
                confirmLabel="Ja, uitgeven"
                busy={issue.isPending}
                onCancel={() => setConfirming(false)}
                onConfirm={() => {
                  setConfirming(false);
                  issue.mutate({ personId: learner.personId, credentialId: aim.credentialId });
                }}
              >
                <p>
                  Je geeft {aim.title} uit aan {learner.name}, op grond van {aim.shown.length} aangetoonde
                  werkprocessen. Een uitgegeven bewijs verandert niet meer; een fout herstel je met een
                  correctie die het vervangt.
                </p>
              </ConfirmDialog>
            </>
          ) : (
            <p className="hint">
              Alleen de examencommissie geeft certificaten en diploma’s uit, op haar besluit.
            </p>
          ))}
    </section>
  );
}
