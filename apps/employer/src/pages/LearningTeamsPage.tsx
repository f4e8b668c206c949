import type { RouterOutputs } from "@ontwikkelpad/api";
import { DataTable, QueryState, usePageTitle, useTRPC, formatDate } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { PORTAL_NAME } from "../portal.ts";

type Row = RouterOutputs["employer"]["learningTeams"]["list"][number];

const column = createColumnHelper<Row>();
const columns = [
  column.accessor("name", { header: "Leerteam" }),
  column.accessor((r) => r.schools.join(", "), { id: "schools", header: "Scholen" }),
  column.accessor("students", { header: "Studenten" }),
  column.accessor((r) => `${formatDate(r.startsOn)} tot ${formatDate(r.endsOn)}`, {
    id: "period",
    header: "Periode",
  }),
  column.accessor((r) => (r.closedOn ? `Afgesloten ${formatDate(r.closedOn)}` : "Loopt"), {
    id: "state",
    header: "Stand",
  }),
];

/**
 * The interprofessional learning teams the organisation hosts: students of several schools who work
 * on the organisation's question. Any host (a childcare centre, a primary school, a welfare team) sees them.
 */
export function LearningTeamsPage() {
  usePageTitle("Leerteams", PORTAL_NAME);
  const trpc = useTRPC();
  const teams = useQuery(trpc.employer.learningTeams.list.queryOptions());
  return (
    <>
      <h1>Leerteams</h1>
      <p>
        Scholen plaatsen hier samen studenten van verschillende opleidingen, die werken aan een vraag van jouw
        organisatie. Je ziet het team, de leerdoelen en de overleggen; de beoordelingen houden de scholen
        zelf.
      </p>
      <QueryState query={teams}>
        {(data) => (
          <DataTable
            data={data}
            columns={columns}
            caption="Leerteams bij jouw organisatie"
            emptyText="Jouw organisatie is nog geen gastorganisatie van een leerteam."
            rowHref={(r) => `/leerteams/${r.id}`}
            searchLabel="Zoek op leerteam of school"
          />
        )}
      </QueryState>
    </>
  );
}
