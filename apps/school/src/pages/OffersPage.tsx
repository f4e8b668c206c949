import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  DataTable,
  DELIVERY_FORMAT_LABELS,
  downloadCsv,
  formatCents,
  formatDate,
  LEARNING_ROUTE_LABELS,
  QueryState,
  usePageTitle,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

type Offer = RouterOutputs["school"]["offers"]["list"][number];

const column = createColumnHelper<Offer>();

const startText = (o: Offer) =>
  o.onDemand ? "Op afroep" : o.nextOpenStart ? formatDate(o.nextOpenStart) : "—";
const roomText = (o: Offer) => o.closedReason ?? "Plek";

/** The school's training offers: what employers in the regions served see when they plan a path. */
export function OffersPage() {
  usePageTitle("Scholingsaanbod", PORTAL_NAME);
  const trpc = useTRPC();
  const offers = useQuery(trpc.school.offers.list.queryOptions());
  const { can } = useRoles();
  const credentials = useQuery(trpc.catalog.credentials.queryOptions());
  const titleOf = (id: string) => credentials.data?.find((c) => c.id === id)?.title ?? id;
  const columns = [
    column.accessor("title", { header: "Aanbod" }),
    column.accessor((o) => titleOf(o.credentialId), { id: "credential", header: "Leidt tot" }),
    column.accessor("learningRoute", { header: "Leerweg", cell: (c) => LEARNING_ROUTE_LABELS[c.getValue()] }),
    column.accessor("format", { header: "Vorm", cell: (c) => DELIVERY_FORMAT_LABELS[c.getValue()] }),
    column.accessor((o) => (o.onDemand ? "" : (o.nextOpenStart ?? "")), {
      id: "start",
      header: "Volgende start",
      cell: (c) => startText(c.row.original),
    }),
    column.accessor(roomText, { id: "room", header: "Plek" }),
    column.accessor((o) => (o.regionCodes.length ? o.regionCodes.join(", ") : "Landelijk"), {
      id: "regions",
      header: "Regio's",
    }),
    column.accessor("published", { header: "Gepubliceerd", cell: (c) => (c.getValue() ? "Ja" : "Nee") }),
  ];
  return (
    <>
      <h1>Scholingsaanbod</h1>
      <p>
        Gepubliceerd aanbod zien werkgevers in de regio&apos;s die het bedient, in stap 7 van het
        Ontwikkelpad. Een vol of voorbij startmoment komt daar nooit bovenaan.
      </p>
      {can("manageOffers") && (
        <div className="actions">
          <Link to="/aanbod/nieuw">Nieuw aanbod toevoegen</Link>
        </div>
      )}
      <QueryState query={offers}>
        {(data) => (
          <>
            <DataTable
              data={data}
              columns={columns}
              caption="Scholingsaanbod van de school"
              emptyText="Deze school heeft nog geen scholingsaanbod."
              searchLabel="Zoek in het aanbod"
              rowHref={(o) => `/aanbod/${o.id}`}
            />
            <button
              type="button"
              className="secondary"
              onClick={() =>
                downloadCsv("scholingsaanbod.csv", data, [
                  { header: "Aanbod", value: (o) => o.title },
                  { header: "Leidt tot", value: (o) => titleOf(o.credentialId) },
                  { header: "Leerweg", value: (o) => LEARNING_ROUTE_LABELS[o.learningRoute] },
                  { header: "Vorm", value: (o) => DELIVERY_FORMAT_LABELS[o.format] },
                  { header: "Volgende start", value: startText },
                  { header: "Plek", value: roomText },
                  { header: "Prijs", value: (o) => formatCents(o.priceCents) },
                  { header: "Gepubliceerd", value: (o) => (o.published ? "Ja" : "Nee") },
                ])
              }
            >
              Exporteer als CSV
            </button>
          </>
        )}
      </QueryState>
    </>
  );
}
