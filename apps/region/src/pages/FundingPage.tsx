import {
  QueryState,
  PROTECTION_NOTE,
  TableScroll,
  formatCount,
  formatDate,
  formatEuro,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { PORTAL_NAME } from "../portal.ts";

/** The funding instruments with their conditions and validity, and their use in the region (aggregated). */
export function FundingPage() {
  usePageTitle("Financiering", PORTAL_NAME);
  const trpc = useTRPC();
  const funding = useQuery(trpc.region.funding.get.queryOptions());
  return (
    <>
      <h1>Financiering</h1>
      <p>
        Regelingen voor het Ontwikkelpad en hoeveel mensen en werkgevers in de regio ze gebruiken (aanvragen
        ingediend, toegekend of uitbetaald). Het aantal werkgevers is exact; het aantal personen is beschermd.{" "}
        {PROTECTION_NOTE}
      </p>
      <QueryState query={funding}>
        {(rows) => (
          <TableScroll>
            <table>
              <caption>Regelingen en gebruik in de regio</caption>
              <thead>
                <tr>
                  <th scope="col">Regeling</th>
                  <th scope="col">Geldig</th>
                  <th scope="col">Maximaal</th>
                  <th scope="col">Voorwaarden</th>
                  <th scope="col">Personen</th>
                  <th scope="col">Werkgevers</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">
                      {i.title}
                      <br />
                      <span className="hint">{i.payer}</span>
                    </th>
                    <td>
                      {i.validFrom || i.validUntil
                        ? `${i.validFrom ? formatDate(i.validFrom) : "…"} t/m ${i.validUntil ? formatDate(i.validUntil) : "…"}`
                        : "Doorlopend"}
                    </td>
                    <td>{formatEuro(i.maxAmountEuro)}</td>
                    <td>
                      {i.conditions.length === 0 ? (
                        "—"
                      ) : (
                        <ul className="reasons">
                          {i.conditions.map((c) => (
                            <li key={c}>{c}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{formatCount(i.persons)}</td>
                    <td>{formatCount(i.employers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
    </>
  );
}
