import {
  formatCount,
  QueryState,
  PROTECTION_NOTE,
  TableScroll,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { PORTAL_NAME } from "../portal.ts";

/**
 * The region's aggregates over its member employers. The path counts arrive protected (core's cell key
 * method) from the server, so nobody can be recognised in a small group; the employer count is exact.
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
            <TableScroll>
              <table>
                <caption>Lopende Ontwikkelpaden per stap</caption>
                <thead>
                  <tr>
                    <th scope="col">Stap</th>
                    <th scope="col">Aantal</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byStep.map((s) => (
                    <tr key={s.step}>
                      <th scope="row">
                        {s.step}. {s.title}
                      </th>
                      <td>{formatCount(s.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <TableScroll>
              <table>
                <caption>Lopende Ontwikkelpaden per doelfunctie</caption>
                <thead>
                  <tr>
                    <th scope="col">Doelfunctie</th>
                    <th scope="col">Aantal</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byGoalFunction.length === 0 ? (
                    <tr>
                      <td colSpan={2}>Nog geen Ontwikkelpaden met een gekozen doel.</td>
                    </tr>
                  ) : (
                    data.byGoalFunction.map((f) => (
                      <tr key={f.functionId}>
                        <th scope="row">{f.title}</th>
                        <td>{formatCount(f.count)}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </QueryState>
    </>
  );
}
