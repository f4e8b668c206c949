import type { RouterOutputs } from "@ontwikkelpad/api";
import { DataTable, QueryState, compareFamilyNames, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["school"]["learners"]["list"][number];

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("person", {
    header: "Deelnemer",
    sortingFn: (a, b) => compareFamilyNames(a.original, b.original),
  }),
  column.accessor((r) => r.employer ?? "—", { id: "employer", header: "Werkgever" }),
  column.accessor((r) => r.aims.join(", "), { id: "aims", header: "Werkt aan" }),
  column.accessor("awaitingEstablishment", { header: "Wacht op vaststelling" }),
  column.accessor("established", { header: "Vastgestelde resultaten" }),
];

/** The school's learners: everyone with an enrolment or a request here. */
export function LearnersPage() {
  usePageTitle("Deelnemers", PORTAL_NAME);
  const trpc = useTRPC();
  const learners = useQuery(trpc.school.learners.list.queryOptions());
  return (
    <>
      <h1>Deelnemers</h1>
      <p>
        Iedereen met een inschrijving of een aanvraag bij de school. Open een deelnemer voor de voortgang per
        kerntaak en werkproces en wat nog ontbreekt voor elk certificaat of diploma.
      </p>
      <QueryState query={learners}>
        {(rows) => (
          <DataTable
            data={rows}
            columns={columns}
            caption="Deelnemers van de school"
            emptyText="De school heeft nog geen deelnemers."
            rowHref={(r) => `/deelnemers/${r.personId}`}
            searchLabel="Zoek op naam, werkgever of opleiding"
            initialSorting={[{ id: "person", desc: false }]}
          />
        )}
      </QueryState>
    </>
  );
}
