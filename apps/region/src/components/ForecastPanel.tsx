import { QueryState, SUPPRESSION_NOTE, TableScroll, formatCount, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

const BAR = "#0b4f8a";

/** The forecast of newly qualified pedagogisch medewerkers per quarter, beside the open vacancies. */
export function ForecastPanel() {
  const trpc = useTRPC();
  const forecast = useQuery(trpc.region.forecast.get.queryOptions());
  return (
    <section aria-labelledby="forecast-title">
      <h2 id="forecast-title">Prognose gekwalificeerde pedagogisch medewerkers</h2>
      <QueryState query={forecast}>
        {(data) => {
          const chart = data.quarters.map((q) => ({
            label: q.quarter,
            // A hidden figure gets no bar: its label says why.
            count: typeof q.qualified === "number" ? q.qualified : 0,
            shown: formatCount(q.qualified),
          }));
          return (
            <>
              <p>
                Hoeveel mensen met een lopend ontwikkelpad bij de aangesloten werkgevers naar verwachting per
                kwartaal gekwalificeerd pedagogisch medewerker worden (het eerste kwartaal telt ook wie eerder
                verwacht werd), naast de {formatCount(data.openVacancies)} open plaatsen in vacatures voor
                gekwalificeerde functies. {SUPPRESSION_NOTE}
              </p>
              <div className="chart-with-table">
                <div className="chart" aria-hidden="true">
                  <ResponsiveContainer width="100%" height={260}>
                    <BarChart
                      data={chart}
                      accessibilityLayer={false}
                      margin={{ top: 20, right: 16, left: 0 }}
                    >
                      <CartesianGrid stroke="#d5d9df" vertical={false} />
                      <XAxis dataKey="label" interval={0} tick={{ fill: "#1b1b1f", fontSize: 12 }} />
                      <YAxis allowDecimals={false} tick={{ fill: "#1b1b1f" }} width={40} />
                      <Bar dataKey="count" name="Gekwalificeerd" fill={BAR} isAnimationActive={false}>
                        <LabelList dataKey="shown" position="top" fill="#1b1b1f" />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
                <TableScroll>
                  <table>
                    <caption>
                      Verwacht gekwalificeerd per kwartaal (totaal {formatCount(data.totalQualified)})
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Kwartaal</th>
                        <th scope="col">Gekwalificeerd</th>
                      </tr>
                    </thead>
                    <tbody>
                      {chart.map((c) => (
                        <tr key={c.label}>
                          <th scope="row">{c.label}</th>
                          <td>{c.shown}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">Open plaatsen in vacatures</th>
                        <td>{formatCount(data.openVacancies)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </TableScroll>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
