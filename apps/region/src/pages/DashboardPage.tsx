import {
  formatCount,
  QueryState,
  PROTECTION_NOTE,
  usePageTitle,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { LearningTeamCounts } from "../components/LearningTeamCounts.tsx";
import { PORTAL_NAME } from "../portal.ts";

/**
 * The region's aggregates over its member employers, and the learning teams its organisations host. The
 * path and student counts arrive protected (core's cell key method) from the server, so nobody can be
 * recognised in a small group; the counts of employers, teams and organisations are exact.
 */
export function DashboardPage() {
  usePageTitle("Regio-overzicht", PORTAL_NAME);
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.region.dashboard.get.queryOptions());
  return (
    <>
      <h1>Regio-overzicht</h1>
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <p>
              {data.employers} aangesloten werkgevers, {formatCount(data.activePaths)} lopende Ontwikkelpaden.{" "}
              Het aantal werkgevers is exact; de aantallen Ontwikkelpaden zijn beschermd. {PROTECTION_NOTE}
            </p>
            <SimpleTable
              caption="Lopende Ontwikkelpaden per stap"
              rows={data.byStep}
              rowKey={(s) => s.step}
              columns={[
                { header: "Stap", rowHeader: true, render: (s) => `${s.step}. ${s.title}` },
                { header: "Aantal", render: (s) => formatCount(s.count) },
              ]}
            />
            <SimpleTable
              caption="Lopende Ontwikkelpaden per doelfunctie"
              emptyText="Nog geen Ontwikkelpaden met een gekozen doel."
              rows={data.byGoalFunction}
              rowKey={(f) => f.functionId}
              columns={[
                { header: "Doelfunctie", rowHeader: true, render: (f) => f.title },
                { header: "Aantal", render: (f) => formatCount(f.count) },
              ]}
            />
          </>
        )}
      </QueryState>
      <LearningTeamCounts />
    </>
  );
}
