import { downloadBlob, formatPeriod, QueryState, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";

/**
 * The report for the ministry over a closed quarter, made by the server in one fixed layout (the
 * funnel per month with its outcomes, participation, the prognose and the leerkringen, protected
 * figures only): download it as CSV or open the printable version (print it or save it as PDF).
 */
export function MinistryReport({ quarters }: { quarters: readonly string[] }) {
  const trpc = useTRPC();
  const [period, setPeriod] = useState(quarters[0]!);
  const periodId = useId();
  const report = useQuery(trpc.region.reports.ministry.queryOptions({ period }));
  return (
    <section className="no-print" aria-labelledby="ministry-report-heading">
      <h2 id="ministry-report-heading">Rapportage voor het ministerie</h2>
      <p>
        Per afgesloten kwartaal, voor elke regio in dezelfde opzet: de trechter per maand met de uitkomsten,
        de deelname, de prognose en de leerkringen. Alleen beschermde aantallen over personen.
      </p>
      <div className="field">
        <label htmlFor={periodId}>Kwartaal</label>
        <select id={periodId} value={period} onChange={(e) => setPeriod(e.target.value)}>
          {quarters.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p)}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={report}>
        {(data) => (
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                downloadBlob(data.filename, new Blob([data.csv], { type: "text/csv;charset=utf-8" }))
              }
            >
              CSV downloaden
            </button>
            <button
              type="button"
              onClick={() =>
                window.open(URL.createObjectURL(new Blob([data.html], { type: "text/html;charset=utf-8" })))
              }
            >
              Afdrukbare versie openen
            </button>
          </div>
        )}
      </QueryState>
    </section>
  );
}
