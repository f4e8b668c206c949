import type { RouterOutputs } from "@ontwikkelpad/api";
import { ConfirmDialog, ErrorMessage, QueryState, usePageTitle, useRoles, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { PORTAL_NAME } from "../portal.ts";
import { OfferForm } from "../components/OfferForm.tsx";

type Offer = RouterOutputs["school"]["offers"]["get"];

const NEW = "nieuw";
const ONLY_ADVISOR = "Het scholingsaanbod beheert de opleidingsadviseur: toevoegen, wijzigen en publiceren.";

/** Creates or edits one offer: what it leads to, form, start moments with capacity, regions; publish or withdraw. */
export function OfferPage() {
  const { id = NEW } = useParams();
  usePageTitle(id === NEW ? "Nieuw aanbod" : "Aanbod", PORTAL_NAME);
  const trpc = useTRPC();
  const offer = useQuery({ ...trpc.school.offers.get.queryOptions({ offerId: id }), enabled: id !== NEW });
  const manages = useRoles().can("manageOffers");
  return (
    <>
      <p>
        <Link to="/">← Al het aanbod</Link>
      </p>
      {id === NEW ? (
        <>
          <h1>Nieuw aanbod</h1>
          {manages ? <OfferForm offer={null} /> : <p>{ONLY_ADVISOR}</p>}
        </>
      ) : (
        <QueryState query={offer}>
          {(data) => (
            <>
              <h1>{data.title}</h1>
              {manages ? <PublishSection offer={data} /> : <p>{ONLY_ADVISOR}</p>}
              <OfferForm offer={data} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}

function PublishSection({ offer }: { offer: Offer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const publish = useMutation(
    trpc.school.offers.publish.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.school.offers.pathKey() }),
    }),
  );
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">{offer.published ? "Gepubliceerd" : "Niet gepubliceerd"}</h2>
      <p>
        {offer.published
          ? "Werkgevers in de regio's van dit aanbod zien het in stap 7 van het Ontwikkelpad."
          : "Werkgevers zien dit aanbod pas als je het publiceert."}{" "}
        {offer.closedReason ? `Let op: ${offer.closedReason}` : ""}
      </p>
      {publish.isError && <ErrorMessage error={publish.error} />}
      <div className="actions">
        {offer.published ? (
          <button
            type="button"
            className="danger"
            onClick={() => setConfirming(true)}
            disabled={publish.isPending}
          >
            Publicatie intrekken
          </button>
        ) : (
          <button
            type="button"
            onClick={() => publish.mutate({ offerId: offer.id, published: true })}
            disabled={publish.isPending}
          >
            Publiceren
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Publicatie intrekken?"
        confirmLabel="Ja, intrekken"
        busy={publish.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          publish.mutate({ offerId: offer.id, published: false });
        }}
      >
        <p>Werkgevers zien {offer.title} dan niet meer. Aanvragen die al zijn verstuurd blijven staan.</p>
      </ConfirmDialog>
    </section>
  );
}
