import {
  ConfirmDialog,
  CONSENT_PURPOSE_LABELS,
  ErrorMessage,
  formatDate,
  LOCATION_TYPE_LABELS,
  QueryState,
  REFERRAL_STATUS_LABELS,
  usePageTitle,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useRegionAccess } from "../access.ts";
import { AdvicePanel } from "../components/AdvicePanel.tsx";
import { IntakeForm } from "../components/IntakeForm.tsx";
import { MatchesPanel } from "../components/MatchesPanel.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Candidate = RouterOutputs["region"]["candidates"]["get"];
type Withdrawable = "REGION_FOLLOW_UP" | "ADVICE" | "SHARE_WITH_EMPLOYER";

/** One candidate: intake, consents (withdrawable), referrals and, for advisers, the matching vacancies. */
export function CandidatePage() {
  const { candidateId = "" } = useParams();
  const trpc = useTRPC();
  const candidate = useQuery(trpc.region.candidates.get.queryOptions({ candidateId }, { retry: false }));
  usePageTitle(
    candidate.data ? `${candidate.data.givenName} ${candidate.data.familyName}` : "Kandidaat",
    PORTAL_NAME,
  );
  return (
    <>
      <p>
        <Link to="/kandidaten">← Alle kandidaten</Link>
      </p>
      <QueryState query={candidate}>{(c) => <CandidateDetails candidate={c} />}</QueryState>
    </>
  );
}

function CandidateDetails({ candidate: c }: { candidate: Candidate }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { canRefer, canReadAdvice } = useRegionAccess();
  const [editing, setEditing] = useState(c.intake.completedOn === null);
  const [withdrawing, setWithdrawing] = useState<Withdrawable | null>(null);
  const [removed, setRemoved] = useState<string[] | null>(null);
  const name = `${c.givenName} ${c.familyName}`;
  const withdraw = useMutation(
    trpc.region.candidates.withdrawConsent.mutationOptions({
      onSuccess: async (result, input) => {
        setWithdrawing(null);
        if (input.purpose === "REGION_FOLLOW_UP") {
          queryClient.removeQueries({ queryKey: trpc.region.candidates.get.queryKey({ candidateId: c.id }) });
          await queryClient.invalidateQueries({ queryKey: trpc.region.candidates.list.pathKey() });
          await navigate("/kandidaten", { replace: true, state: { removed: result.removed, name } });
          return;
        }
        setRemoved(result.removed);
        await queryClient.invalidateQueries({ queryKey: trpc.region.candidates.pathKey() });
      },
    }),
  );
  const active = c.consents.filter((k) => k.withdrawnOn === null);
  return (
    <>
      <h1>{name}</h1>
      {(location.state as { registered?: boolean } | null)?.registered && (
        <output className="success">{name} is aangemeld. Vul nu de intake in.</output>
      )}
      <dl className="details-list">
        <dt>Aangemeld door</dt>
        <dd>
          {c.registeredBy} op {formatDate(c.registeredOn)}
        </dd>
        <dt>E-mail</dt>
        <dd>{c.email ?? "—"}</dd>
        <dt>Telefoon</dt>
        <dd>{c.phone ?? "—"}</dd>
      </dl>

      <section aria-labelledby="intake-title">
        <h2 id="intake-title">Intake</h2>
        {editing ? (
          <IntakeForm candidateId={c.id} intake={c.intake} onDone={() => setEditing(false)} />
        ) : (
          <>
            <dl className="details-list">
              <dt>Intake gedaan op</dt>
              <dd>{formatDate(c.intake.completedOn)}</dd>
              <dt>Beschikbaar vanaf</dt>
              <dd>{formatDate(c.intake.availableFrom)}</dd>
              <dt>Uren per week</dt>
              <dd>{c.intake.hoursPerWeek ?? "—"}</dd>
              <dt>Woonplaats en postcodegebied</dt>
              <dd>
                {c.intake.city ?? "—"} {c.intake.postcodeArea ?? ""}
              </dd>
              <dt>Reisafstand</dt>
              <dd>{c.intake.travelDistanceKm === null ? "—" : `${c.intake.travelDistanceKm} km`}</dd>
              <dt>Voorkeur locatie</dt>
              <dd>
                {c.intake.locationTypes.map((t) => LOCATION_TYPE_LABELS[t]).join(", ") || "Geen voorkeur"}
              </dd>
              <dt>Taalniveau</dt>
              <dd>{c.intake.languageLevel ?? "—"}</dd>
              <dt>Ervaring</dt>
              <dd>{c.intake.experience ?? "—"}</dd>
              <dt>Werkprocessen</dt>
              <dd>{c.intake.workProcessIds.length}</dd>
              <dt>Eerdere diploma's</dt>
              <dd>{c.intake.priorDiplomas.join(", ") || "—"}</dd>
            </dl>
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Intake wijzigen
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="consent-title" className="no-print">
        <h2 id="consent-title">Toestemmingen</h2>
        {removed && (
          <div className="success">
            <p>
              <output>Toestemming ingetrokken.</output> Verwijderd:
            </p>
            <ul>
              {removed.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        {withdraw.isError && <ErrorMessage error={withdraw.error} />}
        <SimpleTable
          caption="Toestemming per doel"
          rows={c.consents}
          rowKey={(k) => k.id}
          columns={[
            { header: "Doel", rowHeader: true, render: (k) => CONSENT_PURPOSE_LABELS[k.purpose] },
            { header: "Aan", render: (k) => k.organization },
            { header: "Gegeven op", render: (k) => formatDate(k.givenOn) },
            { header: "Vastgelegd door", render: (k) => k.recordedBy ?? "—" },
            { header: "Ingetrokken op", render: (k) => formatDate(k.withdrawnOn) },
          ]}
        />
        <div className="actions">
          {(["ADVICE", "SHARE_WITH_EMPLOYER"] as const)
            .filter((p) => active.some((k) => k.purpose === p))
            .map((p) => (
              <button key={p} type="button" className="secondary" onClick={() => setWithdrawing(p)}>
                Intrekken: {CONSENT_PURPOSE_LABELS[p]}
              </button>
            ))}
          <button type="button" className="danger" onClick={() => setWithdrawing("REGION_FOLLOW_UP")}>
            Toestemming intrekken en gegevens verwijderen
          </button>
        </div>
      </section>

      <section aria-labelledby="referrals-title" className="no-print">
        <h2 id="referrals-title">Voordrachten</h2>
        <SimpleTable
          caption="Voordrachten bij werkgevers"
          emptyText="Nog niet voorgedragen."
          rows={c.referrals}
          rowKey={(r) => r.id}
          columns={[
            { header: "Werkgever", rowHeader: true, render: (r) => r.employer },
            { header: "Vacature", render: (r) => r.vacancy ?? "—" },
            { header: "Verstuurd", render: (r) => formatDate(r.sentOn) },
            {
              header: "Status",
              render: (r) =>
                `${REFERRAL_STATUS_LABELS[r.status]}${r.respondedOn ? ` (${formatDate(r.respondedOn)})` : ""}`,
            },
            { header: "Reactie werkgever", render: (r) => r.responseNote ?? "—" },
            { header: "Start", render: (r) => formatDate(r.startsOn) },
          ]}
        />
      </section>

      {canRefer &&
        (c.hiredBy ? (
          <p className="notice no-print">
            {name} is aangenomen bij {c.hiredBy}: een nieuwe voordracht is niet nodig.
          </p>
        ) : (
          <MatchesPanel candidateId={c.id} candidateName={name} />
        ))}
      {canReadAdvice && active.some((k) => k.purpose === "ADVICE") && <AdvicePanel candidateId={c.id} />}

      <ConfirmDialog
        open={withdrawing !== null}
        title={
          withdrawing === "REGION_FOLLOW_UP"
            ? "Toestemming intrekken en gegevens verwijderen?"
            : "Toestemming intrekken?"
        }
        confirmLabel={withdrawing === "REGION_FOLLOW_UP" ? "Intrekken en verwijderen" : "Intrekken"}
        busy={withdraw.isPending}
        onConfirm={() => withdrawing && withdraw.mutate({ candidateId: c.id, purpose: withdrawing })}
        onCancel={() => setWithdrawing(null)}
      >
        {withdrawing === "REGION_FOLLOW_UP" ? (
          <p>
            De naam, contactgegevens, intake en lopende voordrachten van {name} worden verwijderd. Dit kan
            niet ongedaan worden gemaakt. Wel blijft vastgelegd dat de toestemming is ingetrokken.
          </p>
        ) : (
          <p>{withdrawing && CONSENT_PURPOSE_LABELS[withdrawing]} geldt daarna niet meer.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
