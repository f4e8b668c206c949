import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  ErrorMessage,
  formatDate,
  QueryState,
  schoolRequestStatusLabel,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { CredentialDownloads } from "../components/CredentialDownloads.tsx";
import { DeclineForm } from "../components/DeclineForm.tsx";
import { LearnerPanel } from "../components/LearnerPanel.tsx";
import { useWorkProcessTitles } from "../components/useWorkProcessTitles.ts";
import { PORTAL_NAME } from "../portal.ts";

type Request = RouterOutputs["school"]["requests"]["getCredential"];

/** A praktijkverklaring request: what the employer asked, what the school may state, issue or decline. */
export function CredentialRequestPage() {
  usePageTitle("Aanvraag praktijkverklaring", PORTAL_NAME);
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const request = useQuery(trpc.school.requests.getCredential.queryOptions({ requestId: id }));
  return (
    <>
      <p>
        <Link to="/aanvragen">← Alle aanvragen</Link>
      </p>
      <QueryState query={request}>{(data) => <CredentialRequest data={data} />}</QueryState>
    </>
  );
}

function CredentialRequest({ data }: { data: Request }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleOf = useWorkProcessTitles();
  const { can } = useRoles();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.school.requests.pathKey() });
  const issue = useMutation(
    trpc.school.requests.issuePraktijkverklaring.mutationOptions({ onSuccess: refresh }),
  );
  const decline = useMutation(trpc.school.requests.declineCredential.mutationOptions({ onSuccess: refresh }));
  const issuable = new Set(data.issuableWorkProcessIds);
  const droppedSinceRequest = data.requestedWorkProcessIds.filter((wp) => !issuable.has(wp));
  return (
    <>
      <h1>
        {data.learner.gap.title} voor {data.learner.name} van {data.employer}
      </h1>
      <dl className="details-list">
        <dt>Ontvangen</dt>
        <dd>{formatDate(data.receivedOn)}</dd>
        <dt>Bericht van de werkgever</dt>
        <dd>{data.message ?? "—"}</dd>
        <dt>Status</dt>
        <dd>{schoolRequestStatusLabel({ status: data.status, proposalAccepted: false })}</dd>
        <dt>SBB-erkenning leerbedrijf (crebo {data.crebo ?? "—"})</dt>
        <dd>{data.recognised ? "Erkend" : "Geen geldige erkenning"}</dd>
      </dl>

      {data.issued ? (
        <section aria-labelledby="issued-heading">
          <h2 id="issued-heading">Afgegeven op {formatDate(data.issued.issuedOn)}</h2>
          {data.issued.superseded && (
            <p className="notice">
              Vervangen op {formatDate(data.issued.superseded.on)} door een correctie:{" "}
              {data.issued.superseded.reason}
            </p>
          )}
          <p>
            De praktijkverklaring vermeldt deze werkprocessen; ze verandert niet meer. Een correctie geef je
            uit op de pagina <Link to={`/uitgeven/${data.personId}`}>Uitgeven aan {data.learner.name}</Link>.
          </p>
          <ul aria-label="Werkprocessen op de praktijkverklaring">
            {data.issued.workProcessIds.map((wp) => (
              <li key={wp}>{titleOf(wp)}</li>
            ))}
          </ul>
          <CredentialDownloads
            credentialId={data.issued.id}
            label={`de praktijkverklaring van ${data.learner.name}`}
          />
        </section>
      ) : (
        <section aria-labelledby="issuable-heading">
          <h2 id="issuable-heading">Wat de praktijkverklaring vermeldt</h2>
          {!data.recognised ? (
            <p className="warning">
              {data.employer} heeft geen geldige SBB-erkenning voor crebo {data.crebo ?? "—"}. Een
              praktijkverklaring kan alleen voor werk in een erkend leerbedrijf. Vraag de werkgever de
              erkenning vast te leggen of wijs de aanvraag af.
            </p>
          ) : data.issuableWorkProcessIds.length === 0 ? (
            <p className="warning">
              Er is geen werkproces als beheerst beoordeeld, ondertekend en medeondertekend.
            </p>
          ) : (
            <>
              <p>
                Precies de werkprocessen die de praktijkopleider als beheerst beoordeelde, ondertekend en
                medeondertekend in dit leerbedrijf:
              </p>
              <ul aria-label="Werkprocessen op de praktijkverklaring">
                {data.issuableWorkProcessIds.map((wp) => (
                  <li key={wp}>{titleOf(wp)}</li>
                ))}
              </ul>
            </>
          )}
          {droppedSinceRequest.length > 0 && (
            <p className="notice">
              De werkgever vroeg ook om {droppedSinceRequest.map(titleOf).join(", ")}; die tellen nu niet
              (meer) mee.
            </p>
          )}
        </section>
      )}

      <LearnerPanel learner={data.learner} />

      {data.status === "SUBMITTED" && !can("issuePraktijkverklaringen") ? (
        <p>Een opleidingsadviseur of examinator geeft de praktijkverklaring af of wijst de aanvraag af.</p>
      ) : data.status === "SUBMITTED" ? (
        <section aria-labelledby="answer-heading">
          <h2 id="answer-heading">Antwoorden</h2>
          {issue.isError && <ErrorMessage error={issue.error} />}
          <div className="actions">
            <button
              type="button"
              disabled={!data.recognised || data.issuableWorkProcessIds.length === 0 || issue.isPending}
              onClick={() => setConfirming(true)}
            >
              Praktijkverklaring afgeven
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title="Praktijkverklaring afgeven?"
            confirmLabel="Ja, afgeven"
            busy={issue.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              issue.mutate({ requestId: data.id });
            }}
          >
            <p>
              De praktijkverklaring voor {data.learner.name} vermeldt {data.issuableWorkProcessIds.length}{" "}
              werkproces
              {data.issuableWorkProcessIds.length === 1 ? "" : "sen"}. Een afgegeven verklaring verandert niet
              meer; een fout herstel je met een nieuwe verklaring die haar vervangt.
            </p>
          </ConfirmDialog>
          <DeclineForm
            what={`de aanvraag voor ${data.learner.name}`}
            pending={decline.isPending}
            error={decline.error}
            onDecline={(reason) => decline.mutate({ requestId: data.id, reason })}
          />
        </section>
      ) : (
        data.responseNote && (
          <p>
            <strong>Reden van afwijzing:</strong> {data.responseNote}
          </p>
        )
      )}
    </>
  );
}
