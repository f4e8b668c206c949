import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  DataTable,
  LEARNING_ROUTE_LABELS,
  POK_STATUS_LABELS,
  QueryState,
  formatDate,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "react-router";
import { RvoExport } from "../components/RvoExport.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["school"]["enrolments"]["list"][number];

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("person", { header: "Deelnemer" }),
  column.accessor("employer", { header: "Leerbedrijf" }),
  column.accessor("credentialTitle", { header: "Opleiding" }),
  column.accessor((r) => LEARNING_ROUTE_LABELS[r.learningRoute], { id: "learningRoute", header: "Leerweg" }),
  column.accessor((r) => POK_STATUS_LABELS[r.pokStatus], { id: "pok", header: "POK" }),
  column.accessor("startDate", { header: "Start", cell: (c) => formatDate(c.getValue()) }),
  column.accessor("endDate", { header: "Einde", cell: (c) => formatDate(c.getValue()) }),
  column.display({
    id: "progress",
    header: "Voortgang",
    cell: (c) => (
      <Link to={`/deelnemers/${c.row.original.personId}`}>Voortgang van {c.row.original.person}</Link>
    ),
  }),
];

/** The school's learners with the status of their praktijkovereenkomst. */
export function EnrolmentsPage() {
  usePageTitle("Inschrijvingen", PORTAL_NAME);
  const trpc = useTRPC();
  const enrolments = useQuery(trpc.school.enrolments.list.queryOptions());
  return (
    <>
      <h1>Inschrijvingen</h1>
      <p>
        Een deelnemer schrijf je in vanuit een scholingsaanvraag waarvan de werkgever het voorstel heeft
        geaccepteerd. Open een inschrijving om de praktijkovereenkomst (POK) in te vullen.
      </p>
      <QueryState query={enrolments}>
        {(rows) => (
          <DataTable
            data={rows}
            columns={columns}
            caption="Inschrijvingen met hun praktijkovereenkomst"
            emptyText="Er zijn nog geen inschrijvingen."
            rowHref={(r) => `/inschrijvingen/${r.id}`}
            searchLabel="Zoek op naam, leerbedrijf of opleiding"
          />
        )}
      </QueryState>
      <RvoExport />
    </>
  );
}
