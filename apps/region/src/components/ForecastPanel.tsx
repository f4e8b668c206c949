import { QueryState, PROTECTION_NOTE, formatCount, formatPeriod, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { CountChart } from "./CountChart.tsx";

/** The forecast of newly qualified pedagogisch medewerkers per quarter, beside the open vacancies. */
export function ForecastPanel() {
  const trpc = useTRPC();
  const forecast = useQuery(trpc.region.forecast.get.queryOptions());
  return (
    <section aria-labelledby="forecast-title">
      <h2 id="forecast-title">Prognose gekwalificeerde pedagogisch medewerkers</h2>
      <QueryState query={forecast}>
        {(data) => {
          return (
            <>
              <p>
                Hoeveel mensen met een lopend ontwikkelpad bij de aangesloten werkgevers naar verwachting per
                kwartaal gekwalificeerd pedagogisch medewerker worden (het eerste kwartaal telt ook wie eerder
                verwacht werd), naast de {formatCount(data.openVacancies)} open plaatsen in vacatures voor
                gekwalificeerde functies. De open plaatsen zijn exact; de verwachte aantallen zijn beschermd.{" "}
                {PROTECTION_NOTE}
              </p>
              {data.unjudged !== 0 && (
                <p className="notice">
                  <strong>Niet beoordeeld:</strong> {formatCount(data.unjudged)} ontwikkelpaden tellen niet
                  mee, omdat de regels de gegevens van hun deelnemer niet konden beoordelen. De werkgever ziet
                  wie het zijn op het dashboard.
                </p>
              )}
              <CountChart
                bars={data.quarters.map((q) => ({ label: formatPeriod(q.quarter), value: q.qualified }))}
                labelHeader="Kwartaal"
                valueHeader="Gekwalificeerd"
                caption={
                  <>Verwacht gekwalificeerd per kwartaal (totaal {formatCount(data.totalQualified)})</>
                }
                footer={
                  <tr>
                    <th scope="row">Open plaatsen in vacatures</th>
                    <td>{formatCount(data.openVacancies)}</td>
                  </tr>
                }
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
