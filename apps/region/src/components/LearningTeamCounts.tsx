import { formatCount, QueryState, SimpleTable, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The interprofessional learning teams the region's organisations host: teams running and closed, the
 * host organisations and schools (exact), and their students in all and per programme, protected.
 */
export function LearningTeamCounts() {
  const trpc = useTRPC();
  const counts = useQuery(trpc.region.learningTeams.count.queryOptions());
  return (
    <section aria-labelledby="learning-teams-title">
      <h2 id="learning-teams-title">Leerteams</h2>
      <QueryState query={counts}>
        {(data) =>
          data.open + data.closed === 0 ? (
            <p className="empty">
              Er zijn nog geen leerteams bij organisaties in de regio. Een school maakt een leerteam in het
              schoolportaal, bij een gastorganisatie van de regio.
            </p>
          ) : (
            <>
              <p>
                {data.open} lopende en {data.closed} afgesloten leerteams bij {data.hosts}{" "}
                {data.hosts === 1 ? "gastorganisatie" : "gastorganisaties"}, met {data.schools}{" "}
                {data.schools === 1 ? "school" : "scholen"}; {formatCount(data.students)} studenten. De
                aantallen leerteams en organisaties zijn exact; de aantallen studenten zijn beschermd.
              </p>
              <SimpleTable
                caption="Studenten in leerteams per opleiding"
                emptyText="De scholen hebben nog geen studenten aan de leerteams toegevoegd."
                rows={data.byProgramme}
                rowKey={(p) => p.programmeId}
                columns={[
                  { header: "Opleiding", rowHeader: true, render: (p) => p.title },
                  { header: "Studenten", render: (p) => formatCount(p.students) },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
