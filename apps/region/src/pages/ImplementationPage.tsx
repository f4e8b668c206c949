import { QueryState, TableScroll, usePageTitle, useTRPC } from "@ontwikkelpad/ui";
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
            <TableScroll>
              <table>
                <caption>SBB-erkenning van de aangesloten werkgevers ({data.employers.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Kwalificatie (crebo)</th>
                    <th scope="col">Erkende werkgevers</th>
                  </tr>
                </thead>
                <tbody>
                  {data.crebos.map((c) => (
                    <tr key={c.crebo}>
                      <th scope="row">
                        {c.title} ({c.crebo})
                      </th>
                      <td>
                        {c.recognisedEmployers} van {data.employers.length}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <TableScroll>
              <table>
                <caption>Deelnemende werkgevers</caption>
                <thead>
                  <tr>
                    <th scope="col">Werkgever</th>
                    <th scope="col">Plaats</th>
                    <th scope="col">Erkend leerbedrijf voor</th>
                  </tr>
                </thead>
                <tbody>
                  {data.employers.length === 0 ? (
                    <tr>
                      <td colSpan={3}>Nog geen werkgevers aangesloten.</td>
                    </tr>
                  ) : (
                    data.employers.map((e) => (
                      <tr key={e.id}>
                        <th scope="row">{e.name}</th>
                        <td>{e.city ?? "—"}</td>
                        <td>
                          {e.recognisedCrebos.length === 0
                            ? "Geen actieve erkenning"
                            : e.recognisedCrebos
                                .map((crebo) => data.crebos.find((c) => c.crebo === crebo)?.title ?? crebo)
                                .join(", ")}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </TableScroll>
            <TableScroll>
              <table>
                <caption>Deelnemende scholen</caption>
                <thead>
                  <tr>
                    <th scope="col">School</th>
                    <th scope="col">Plaats</th>
                  </tr>
                </thead>
                <tbody>
                  {data.schools.length === 0 ? (
                    <tr>
                      <td colSpan={2}>Nog geen scholen aangesloten.</td>
                    </tr>
                  ) : (
                    data.schools.map((s) => (
                      <tr key={s.id}>
                        <th scope="row">{s.name}</th>
                        <td>{s.city ?? "—"}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </TableScroll>
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
