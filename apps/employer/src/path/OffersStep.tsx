import {
  DELIVERY_FORMAT_LABELS,
  ErrorMessage,
  Field,
  formatCents,
  formatDate,
  LEARNING_ROUTE_LABELS,
  TRAINING_REQUEST_STATUS_LABELS,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { type Path, type PathData } from "../path-view.ts";
import { RequestNotes } from "./RequestNotes.tsx";
import { useRefreshPath } from "./useStepMutations.ts";

/** Step 7: the schools' published offers (those that fit the plan first) and the requests sent. */
export function OffersStep({ data, path }: { data: PathData; path: Path }) {
  const trpc = useTRPC();
  const refresh = useRefreshPath(data.person.id);
  const [offerId, setOfferId] = useState("");
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const request = useMutation(
    trpc.employer.paths.requestTraining.mutationOptions({
      onSuccess: async (_, input) => {
        const offer = data.offers.find((o) => o.id === input.offerId);
        setSent(
          offer
            ? `De aanvraag voor ${offer.title} is verstuurd naar ${offer.school}.`
            : "De aanvraag is verstuurd.",
        );
        setOfferId("");
        setMessage("");
        await refresh();
      },
    }),
  );
  const acceptProposal = useMutation(
    trpc.employer.trainingRequests.acceptProposal.mutationOptions({
      onSuccess: async ({ currentStep }) => {
        setSent(
          currentStep === 8
            ? "Het voorstel is geaccepteerd. Het Ontwikkelpad gaat door naar stap 8."
            : "Het voorstel is geaccepteerd.",
        );
        await refresh();
      },
    }),
  );
  const pending = new Set(
    path.trainingRequests
      .filter((r) => r.status === "SUBMITTED" || r.status === "ACCEPTED")
      .map((r) => `${r.school}|${r.offer ?? ""}`),
  );

  return (
    <>
      <h3>Verstuurde aanvragen</h3>
      {path.trainingRequests.length === 0 ? (
        <p>Er is nog geen scholingsaanvraag verstuurd.</p>
      ) : (
        <SimpleTable
          caption={`Scholingsaanvragen voor ${data.person.name}`}
          rows={path.trainingRequests}
          rowKey={(r) => r.id}
          columns={[
            { header: "Aanbod", rowHeader: true, render: (r) => r.offer ?? r.credentialId },
            { header: "School", render: (r) => r.school },
            { header: "Verstuurd op", render: (r) => formatDate(r.sentOn) },
            {
              header: "Status",
              render: (r) =>
                r.proposal
                  ? r.proposal.acceptedOn
                    ? `Voorstel geaccepteerd op ${formatDate(r.proposal.acceptedOn)}`
                    : "Voorstel van de school, wacht op jouw akkoord"
                  : TRAINING_REQUEST_STATUS_LABELS[r.status],
            },
            {
              header: "Reactie van de school",
              render: (r) => (
                <>
                  {r.proposal && (
                    <p>
                      Start {formatDate(r.proposal.startDate)}; {r.proposal.schedule}; prijs{" "}
                      {formatCents(r.proposal.priceCents)}.
                    </p>
                  )}
                  {r.responseNote ?? (r.proposal ? null : "—")}
                  {r.proposal && !r.proposal.acceptedOn && (
                    <button
                      type="button"
                      disabled={acceptProposal.isPending}
                      onClick={() => acceptProposal.mutate({ requestId: r.id })}
                    >
                      Voorstel van {r.school} accepteren
                    </button>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      <RequestNotes requests={path.trainingRequests} />
      {acceptProposal.isError && <ErrorMessage error={acceptProposal.error} />}
      {sent && <output className="success">{sent}</output>}

      <form
        noValidate
        aria-label="Scholingsaanvraag"
        onSubmit={(e) => {
          e.preventDefault();
          setSent(null);
          if (!offerId) {
            setChoiceError("Kies een aanbod uit de tabel.");
            return;
          }
          setChoiceError(null);
          request.mutate({
            pathId: path.id,
            offerId,
            ...(message.trim() ? { message: message.trim() } : {}),
          });
        }}
      >
        <h3>Scholingsaanbod</h3>
        {data.offers.length === 0 ? (
          <p>Er is nog geen gepubliceerd scholingsaanbod.</p>
        ) : (
          <SimpleTable
            aria-describedby={choiceError ? "offer-choice-error" : undefined}
            caption="Scholingsaanbod van de mbo-instellingen; wat bij het plan past en nog moet beginnen staat bovenaan"
            rows={data.offers}
            rowKey={(o) => o.id}
            columns={[
              {
                header: "Kies",
                render: (o) => {
                  const alreadySent = pending.has(`${o.school}|${o.title}`);
                  return (
                    <input
                      type="radio"
                      name="offer"
                      value={o.id}
                      checked={offerId === o.id}
                      disabled={alreadySent}
                      onChange={() => setOfferId(o.id)}
                      aria-label={`${o.title}, ${o.school}${alreadySent ? " (al aangevraagd)" : ""}`}
                    />
                  );
                },
              },
              { header: "Aanbod", rowHeader: true, render: (o) => o.title },
              { header: "School", render: (o) => o.school },
              {
                header: "Past bij het plan",
                cellClassName: (o) => (o.fitsPlan ? "yes" : undefined),
                render: (o) => (o.fitsPlan ? "Ja" : "Nee"),
              },
              {
                header: "Start",
                render: (o) =>
                  o.onDemand ? "Op afroep" : o.available ? formatDate(o.startDate) : "Geen plek",
              },
              {
                header: "Prijs",
                className: "numeric",
                cellClassName: () => "numeric price",
                render: (o) => formatCents(o.priceCents),
              },
              { header: "Leerweg", render: (o) => LEARNING_ROUTE_LABELS[o.learningRoute] },
              { header: "Vorm", render: (o) => DELIVERY_FORMAT_LABELS[o.format] },
              {
                header: "Duur",
                render: (o) =>
                  `${o.durationWeeks} weken${o.hoursPerWeek === null ? "" : `, ${o.hoursPerWeek.toLocaleString("nl-NL")} uur per week`}`,
              },
            ]}
          />
        )}
        {choiceError && (
          <p className="form-error" id="offer-choice-error" role="alert">
            {choiceError}
          </p>
        )}
        <Field
          label="Bericht aan de school"
          hint="Bijvoorbeeld wanneer de kandidaat kan starten of wat al is aangetoond."
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          )}
        </Field>
        {request.isError && <ErrorMessage error={request.error} />}
        <button type="submit" disabled={request.isPending || data.offers.length === 0}>
          {request.isPending ? "Bezig met versturen…" : "Aanvraag versturen"}
        </button>
      </form>
    </>
  );
}
