import { PATH_END_REASON_LABELS, QueryState, SimpleTable, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { credentialTitle } from "../path-view.ts";

/** The person's ended Ontwikkelpaden at this employer (latest first): goal, dates, why it ended, what met the goal. */
export function EndedPathsSection({ personId, name }: { personId: string; name: string }) {
  const trpc = useTRPC();
  const path = useQuery(trpc.employer.paths.get.queryOptions({ personId }));
  const credentials = useQuery(trpc.catalog.credentials.queryOptions(undefined, { staleTime: Infinity }));
  const titleOf = (id: string | null, none: string) =>
    id ? credentialTitle(credentials.data ?? [], id) : none;
  return (
    <section aria-labelledby="ended-paths-title">
      <h2 id="ended-paths-title">Afgesloten Ontwikkelpaden</h2>
      <QueryState query={path}>
        {(data) => (
          <SimpleTable
            caption={`Afgesloten Ontwikkelpaden van ${name}`}
            emptyText={`${name} heeft nog geen afgesloten Ontwikkelpad.`}
            rows={data.endedPaths}
            rowKey={(p) => p.id}
            columns={[
              {
                header: "Doel",
                rowHeader: true,
                render: (p) => titleOf(p.goalCredentialId, "Nog niet gekozen"),
              },
              { header: "Gestart", render: (p) => formatDate(p.startedOn) },
              { header: "Afgesloten", render: (p) => formatDate(p.endedOn) },
              { header: "Reden", render: (p) => PATH_END_REASON_LABELS[p.endReason] },
              { header: "Behaald met", render: (p) => titleOf(p.achievedCredentialId, "—") },
            ]}
          />
        )}
      </QueryState>
    </section>
  );
}
