import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  DataTable,
  LEARNING_ROUTE_LABELS,
  QueryState,
  formatDate,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { PORTAL_NAME } from "../portal.ts";

type Offer = RouterOutputs["school"]["offers"]["list"][number];

const column = createColumnHelper<Offer>();

/** The school's training offers as employers see them when they plan a path. */
export function OffersPage() {
  usePageTitle("Scholingsaanbod", PORTAL_NAME);
  const trpc = useTRPC();
  const offers = useQuery(trpc.school.offers.list.queryOptions());
  const credentials = useQuery(trpc.catalog.credentials.queryOptions());
  const titleOf = (id: string) => credentials.data?.find((c) => c.id === id)?.title ?? id;
  const columns = [
    column.accessor("title", { header: "Aanbod" }),
    column.accessor((o) => titleOf(o.credentialId), { id: "credential", header: "Leidt tot" }),
    column.accessor("learningRoute", { header: "Leerweg", cell: (c) => LEARNING_ROUTE_LABELS[c.getValue()] }),
    column.accessor("durationWeeks", { header: "Duur (weken)" }),
    column.accessor("startDate", { header: "Start", cell: (c) => formatDate(c.getValue()) }),
    column.accessor("published", { header: "Gepubliceerd", cell: (c) => (c.getValue() ? "Ja" : "Nee") }),
  ];
  return (
    <>
      <h1>Scholingsaanbod</h1>
      <p>
        Gepubliceerd aanbod zien werkgevers in stap 7 van het Ontwikkelpad, wanneer zij het scholingsaanbod
        bepalen.
      </p>
      <QueryState query={offers}>
        {(data) => (
          <DataTable
            data={data}
            columns={columns}
            caption="Scholingsaanbod van de school"
            emptyText="Deze school heeft nog geen scholingsaanbod."
            searchLabel="Zoek in het aanbod"
          />
        )}
      </QueryState>
    </>
  );
}
