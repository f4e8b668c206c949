import {
  DELIVERY_FORMAT_LABELS,
  ErrorMessage,
  Field,
  formatCents,
  formatDate,
  LEARNING_ROUTE_LABELS,
  TableScroll,
  TRAINING_REQUEST_STATUS_LABELS,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { type Path, type PathData } from "../path-view.ts";
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
        <TableScroll>
          <table>
            <caption>Scholingsaanvragen voor {data.person.name}</caption>
            <thead>
              <tr>
                <th scope="col">Aanbod</th>
                <th scope="col">School</th>
                <th scope="col">Verstuurd op</th>
                <th scope="col">Status</th>
                <th scope="col">Reactie van de school</th>
              </tr>
            </thead>
            <tbody>
              {path.trainingRequests.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.offer ?? r.credentialId}</th>
                  <td>{r.school}</td>
                  <td>{formatDate(r.sentOn)}</td>
                  <td>{TRAINING_REQUEST_STATUS_LABELS[r.status]}</td>
                  <td>{r.responseNote ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
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
          <TableScroll>
            <table aria-describedby={choiceError ? "offer-choice-error" : undefined}>
              <caption>Scholingsaanbod van de mbo-instellingen; wat bij het plan past staat bovenaan</caption>
              <thead>
                <tr>
                  <th scope="col">Kies</th>
                  <th scope="col">Aanbod</th>
                  <th scope="col">School</th>
                  <th scope="col">Past bij het plan</th>
                  <th scope="col">Leerweg</th>
                  <th scope="col">Vorm</th>
                  <th scope="col">Duur</th>
                  <th scope="col">Start</th>
                  <th scope="col">Prijs</th>
                </tr>
              </thead>
              <tbody>
                {data.offers.map((o) => {
                  const alreadySent = pending.has(`${o.school}|${o.title}`);
                  return (
                    <tr key={o.id}>
                      <td>
                        <input
                          type="radio"
                          name="offer"
                          value={o.id}
                          checked={offerId === o.id}
                          disabled={alreadySent}
                          onChange={() => setOfferId(o.id)}
                          aria-label={`${o.title}, ${o.school}${alreadySent ? " (al aangevraagd)" : ""}`}
                        />
                      </td>
                      <th scope="row">{o.title}</th>
                      <td>{o.school}</td>
                      <td className={o.fitsPlan ? "yes" : undefined}>{o.fitsPlan ? "Ja" : "Nee"}</td>
                      <td>{LEARNING_ROUTE_LABELS[o.learningRoute]}</td>
                      <td>{DELIVERY_FORMAT_LABELS[o.format]}</td>
                      <td>
                        {o.durationWeeks} weken
                        {o.hoursPerWeek === null
                          ? ""
                          : `, ${o.hoursPerWeek.toLocaleString("nl-NL")} uur per week`}
                      </td>
                      <td>{formatDate(o.startDate)}</td>
                      <td>{formatCents(o.priceCents)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
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
