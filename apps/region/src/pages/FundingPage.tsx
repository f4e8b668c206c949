import {
  QueryState,
  PROTECTION_NOTE,
  formatCount,
  formatDate,
  usePageTitle,
  useTRPC,
  SimpleTable,
  formatAmountUpTo,
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
          <SimpleTable
            caption="Regelingen en gebruik in de regio"
            rows={rows}
            rowKey={(i) => i.id}
            columns={[
              {
                header: "Regeling",
                rowHeader: true,
                render: (i) => (
                  <>
                    {i.title}
                    <br />
                    <span className="hint">{i.payer}</span>
                  </>
                ),
              },
              {
                header: "Geldig",
                render: (i) =>
                  i.validFrom || i.validUntil
                    ? `${i.validFrom ? formatDate(i.validFrom) : "…"} t/m ${i.validUntil ? formatDate(i.validUntil) : "…"}`
                    : "Doorlopend",
              },
              { header: "Bedrag", render: (i) => formatAmountUpTo(i.maxAmountEuro) },
              {
                header: "Voorwaarden",
                render: (i) =>
                  i.conditions.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="reasons">
                      {i.conditions.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  ),
              },
              { header: "Personen", render: (i) => formatCount(i.persons) },
              { header: "Werkgevers", render: (i) => formatCount(i.employers) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
