// Long because: the page and its sections are still one file; splitting them by what they do is open work of the house pass.
import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  applyServerErrors,
  ErrorMessage,
  Field,
  formatCents,
  formatDate,
  FormPanel,
  LEARNING_ROUTE_LABELS,
  QueryState,
  schoolRequestStatusLabel,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Link, useNavigate, useParams } from "react-router";
import { DeclineForm } from "../components/DeclineForm.tsx";
import { LearnerPanel } from "../components/LearnerPanel.tsx";
import { PORTAL_NAME } from "../portal.ts";

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
        <dd>
          {data.learner.gap.title} ({LEARNING_ROUTE_LABELS[data.learningRoute]})
        </dd>
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

interface ProposalValues {
  offerId: string;
  startDate: string;
  schedule: string;
  price: string;
  note: string;
}

const FIELDS = {
  offerId: "offerId",
  startDate: "startDate",
  schedule: "schedule",
  priceCents: "price",
} as const;

/** "1.250,50" or "1250.5" → 125050 cents; "" → null. */
function parsePrice(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const normalised = trimmed.includes(",") ? trimmed.replaceAll(".", "").replace(",", ".") : trimmed;
  return Math.round(Number(normalised) * 100);
}

function ProposalForm({ data, onAccepted }: { data: Request; onAccepted: () => Promise<void> }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const fitting = data.offers.filter((o) => o.credentialId === data.credentialId);
  const preferred = fitting.find((o) => o.id === data.requestedOffer?.id) ?? fitting[0];
  const { register, handleSubmit, setError, control, formState } = useForm<ProposalValues>({
    defaultValues: {
      offerId: preferred?.id ?? "",
      startDate: preferred?.openStarts[0] ?? "",
      schedule: "",
      price:
        typeof preferred?.priceCents === "number" ? String(preferred.priceCents / 100).replace(".", ",") : "",
      note: "",
    },
  });
  const errors = formState.errors;
  const chosenId = useWatch({ control, name: "offerId" });
  const chosen = data.offers.find((o) => o.id === chosenId);
  const accept = useMutation(
    trpc.school.requests.acceptTraining.mutationOptions({
      onSuccess: onAccepted,
      onError: (error) => setFormError(applyServerErrors(error, setError, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Accepteren met een voorstel"
      intro={
        <p className="hint">
          De werkgever ziet het voorstel in stap 7 van het Ontwikkelpad en kan het daar accepteren.
        </p>
      }
      error={formError}
      submitLabel="Voorstel versturen"
      pending={accept.isPending}
      pendingLabel="Bezig met versturen…"
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const note = values.note.trim();
        accept.mutate({
          requestId: data.id,
          offerId: values.offerId,
          startDate: values.startDate,
          schedule: values.schedule,
          priceCents: parsePrice(values.price),
          ...(note ? { note } : {}),
        });
      })}
      grid={
        <>
          <Field label="Aanbod" required error={errors.offerId?.message}>
            {(props) => (
              <select {...props} {...register("offerId", { required: "Kies het aanbod dat je voorstelt." })}>
                <option value="">Kies een aanbod</option>
                {fitting.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title} ({LEARNING_ROUTE_LABELS[o.learningRoute]})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {chosen?.onDemand ? (
            <Field
              label="Startdatum"
              required
              hint="Op afroep: kies de datum."
              error={errors.startDate?.message}
            >
              {(props) => (
                <input
                  {...props}
                  type="date"
                  {...register("startDate", { required: "Vul een startdatum in." })}
                />
              )}
            </Field>
          ) : (
            <Field
              label="Startmoment"
              required
              hint={chosen?.closedReason ?? "Alleen startmomenten met plek."}
              error={errors.startDate?.message}
            >
              {(props) => (
                <select {...props} {...register("startDate", { required: "Kies een startmoment met plek." })}>
                  <option value="">Kies een startmoment</option>
                  {(chosen?.openStarts ?? []).map((date) => (
                    <option key={date} value={date}>
                      {formatDate(date)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Prijs (euro)" error={errors.price?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                {...register("price", {
                  validate: (value) =>
                    !value.trim() ||
                    /^\d+([.,]\d{1,2})?$/.test(value.trim().replaceAll(".", "")) ||
                    "Vul een bedrag in euro's in, bijvoorbeeld 1100,00.",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <Field
        label="Rooster"
        required
        hint="Bijvoorbeeld: donderdagmiddag les, 4 uur per week."
        error={errors.schedule?.message}
      >
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            {...register("schedule", { required: "Beschrijf het rooster.", maxLength: 500 })}
          />
        )}
      </Field>
      <Field label="Toelichting voor de werkgever" error={errors.note?.message}>
        {(props) => <textarea {...props} rows={3} {...register("note", { maxLength: 2000 })} />}
      </Field>
    </FormPanel>
  );
}
