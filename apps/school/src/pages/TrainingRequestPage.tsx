import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ErrorMessage,
  formatCents,
  formatDate,
  QueryState,
  schoolRequestStatusLabel,
  usePageTitle,
  useRoles,
  useTRPC,
  titleWithLearningRoute,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { DeclineForm } from "../components/DeclineForm.tsx";
import { LearnerPanel } from "../components/LearnerPanel.tsx";
import { PORTAL_NAME } from "../portal.ts";
import { ProposalForm } from "../components/ProposalForm.tsx";
import { RequestMessages } from "../components/RequestMessages.tsx";

type Request = RouterOutputs["school"]["requests"]["getTraining"];

/** One training request: who asks what, the person's starting point and gap, and the school's answer. */
export function TrainingRequestPage() {
  usePageTitle("Scholingsaanvraag", PORTAL_NAME);
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const request = useQuery(trpc.school.requests.getTraining.queryOptions({ requestId: id }));
  return (
    <>
      <p>
        <Link to="/aanvragen">← Alle aanvragen</Link>
      </p>
      <QueryState query={request}>{(data) => <TrainingRequest data={data} />}</QueryState>
    </>
  );
}

function TrainingRequest({ data }: { data: Request }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.school.requests.pathKey() });
  const decline = useMutation(trpc.school.requests.declineTraining.mutationOptions({ onSuccess: refresh }));
  const { can } = useRoles();
  return (
    <>
      <h1>
        Scholingsaanvraag voor {data.learner.name} van {data.employer}
      </h1>
      <dl className="details-list">
        <dt>Vraagt om</dt>
        <dd>{titleWithLearningRoute(data.learner.gap.title, data.learningRoute)}</dd>
        <dt>Gekozen aanbod</dt>
        <dd>{data.requestedOffer?.title ?? "—"}</dd>
        <dt>Ontvangen</dt>
        <dd>{formatDate(data.receivedOn)}</dd>
        <dt>Bericht van de werkgever</dt>
        <dd>{data.message ?? "—"}</dd>
        <dt>Status</dt>
        <dd>
          {schoolRequestStatusLabel({
            status: data.status,
            proposalAccepted: Boolean(data.proposal?.acceptedOn),
          })}
        </dd>
      </dl>
      {data.recognitionWarning && <p className="warning">{data.recognitionWarning}</p>}
      <LearnerPanel learner={data.learner} />
      {data.status === "SUBMITTED" ? (
        !can("answerTrainingRequests") ? (
          <p>Een opleidingsadviseur beantwoordt deze aanvraag met een voorstel of een reden.</p>
        ) : (
          <section aria-labelledby="answer-heading">
            <h2 id="answer-heading">Antwoorden</h2>
            <ProposalForm data={data} onAccepted={refresh} />
            <DeclineForm
              what={`de scholingsaanvraag voor ${data.learner.name}`}
              pending={decline.isPending}
              error={decline.error}
              onDecline={(reason) => decline.mutate({ requestId: data.id, reason })}
            />
          </section>
        )
      ) : (
        <>
          <Answer data={data} />
          <Enrol data={data} />
        </>
      )}
      <RequestMessages data={data} />
    </>
  );
}

/** Once the employer accepted the proposal, the person is enrolled with a draft POK. */
function Enrol({ data }: { data: Request }) {
  const trpc = useTRPC();
  const { can } = useRoles();
  const navigate = useNavigate();
  const enrol = useMutation(
    trpc.school.enrolments.create.mutationOptions({
      onSuccess: ({ id }) => navigate(`/inschrijvingen/${id}`),
    }),
  );
  if (data.enrolmentId)
    return (
      <p>
        <Link to={`/inschrijvingen/${data.enrolmentId}`}>Naar de inschrijving en de POK</Link>
      </p>
    );
  if (!data.proposal?.acceptedOn || !can("enrolLearners")) return null;
  return (
    <section aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">Inschrijven</h2>
      <p>
        De werkgever heeft het voorstel geaccepteerd. Schrijf {data.learner.name} in met een voorlopige POK.
      </p>
      {enrol.isError && <ErrorMessage error={enrol.error} />}
      <button
        type="button"
        disabled={enrol.isPending}
        onClick={() => enrol.mutate({ trainingRequestId: data.id })}
      >
        {data.learner.name} inschrijven
      </button>
    </section>
  );
}

function Answer({ data }: { data: Request }) {
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading">Antwoord van de school</h2>
      {data.proposal ? (
        <dl className="details-list">
          <dt>Aanbod</dt>
          <dd>{data.requestedOffer?.title ?? "—"}</dd>
          <dt>Start</dt>
          <dd>{formatDate(data.proposal.startDate)}</dd>
          <dt>Rooster</dt>
          <dd>{data.proposal.schedule}</dd>
          <dt>Prijs</dt>
          <dd>{formatCents(data.proposal.priceCents)}</dd>
          <dt>Geaccepteerd door de werkgever</dt>
          <dd>{data.proposal.acceptedOn ? formatDate(data.proposal.acceptedOn) : "Nog niet"}</dd>
        </dl>
      ) : null}
      {data.responseNote && (
        <p>
          <strong>{data.status === "DECLINED" ? "Reden" : "Toelichting"}:</strong> {data.responseNote}
        </p>
      )}
      <p>Beantwoord op {formatDate(data.respondedOn)}.</p>
    </section>
  );
}
