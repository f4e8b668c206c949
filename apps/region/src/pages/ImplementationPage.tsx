import { formatCodeTitle, QueryState, SimpleTable, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { BottlenecksPanel } from "../components/BottlenecksPanel.tsx";
import { LearningCirclesPanel } from "../components/LearningCirclesPanel.tsx";
import { PORTAL_NAME } from "../portal.ts";

/**
 * Who takes part in the region, the SBB-recognition coverage of the Ontwikkelpad's crebos, the
 * knelpunten log and the leerkring sessions.
 */
export function ImplementationPage() {
  usePageTitle("Implementatie", PORTAL_NAME);
  const trpc = useTRPC();
  const impl = useQuery(trpc.region.implementation.get.queryOptions());
  return (
    <>
      <h1>Implementatie</h1>
      <QueryState query={impl}>
        {(data) => (
          <>
            <SimpleTable
              caption={`SBB-erkenning van de aangesloten werkgevers (${data.employers.length})`}
              rows={data.crebos}
              rowKey={(c) => c.crebo}
              columns={[
                {
                  header: "Kwalificatie (crebo)",
                  rowHeader: true,
                  render: (c) => formatCodeTitle({ code: c.crebo, title: c.title }),
                },
                {
                  header: "Erkende werkgevers",
                  render: (c) => `${c.recognisedEmployers} van ${data.employers.length}`,
                },
              ]}
            />
            <SimpleTable
              caption="Deelnemende werkgevers"
              emptyText="Nog geen werkgevers aangesloten."
              rows={data.employers}
              rowKey={(e) => e.id}
              columns={[
                { header: "Werkgever", rowHeader: true, render: (e) => e.name },
                { header: "Plaats", render: (e) => e.city ?? "—" },
                {
                  header: "Erkend leerbedrijf voor",
                  render: (e) =>
                    e.recognisedCrebos.length === 0
                      ? "Geen actieve erkenning"
                      : e.recognisedCrebos
                          .map((crebo) => data.crebos.find((c) => c.crebo === crebo)?.title ?? crebo)
                          .join(", "),
                },
              ]}
            />
            <SimpleTable
              caption="Deelnemende scholen"
              emptyText="Nog geen scholen aangesloten."
              rows={data.schools}
              rowKey={(s) => s.id}
              columns={[
                { header: "School", rowHeader: true, render: (s) => s.name },
                { header: "Plaats", render: (s) => s.city ?? "—" },
              ]}
            />
          </>
        )}
      </QueryState>
      <BottlenecksPanel />
      <LearningCirclesPanel
        organizations={[...(impl.data?.employers ?? []), ...(impl.data?.schools ?? [])].map((o) => o.name)}
      />
    </>
  );
}
