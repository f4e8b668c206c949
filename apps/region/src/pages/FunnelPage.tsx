import {
  downloadCsv,
  formatCount,
  formatDate,
  FUNNEL_GROUPING_LABELS,
  FUNNEL_STAGE_LABELS,
  QueryState,
  SUPPRESSION_NOTE,
  TableScroll,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { CountChart } from "../components/CountChart.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Funnel = RouterOutputs["region"]["funnel"]["get"];
type Grouping = Funnel["by"];

const yearStart = () => `${new Date().getFullYear()}-01-01`;
const todayIso = () => new Date().toLocaleDateString("sv-SE");

/**
 * The regional funnel per month, partner or employer: a chart of the stage totals with the table
 * beside it, the CSV export and the printable report for the ministry. Every figure comes suppressed
 * from the server.
 */
export function FunnelPage() {
  usePageTitle("Trechter en rapportage", PORTAL_NAME);
  const trpc = useTRPC();
  const [by, setBy] = useState<Grouping>("month");
  const [from, setFrom] = useState(yearStart());
  const [to, setTo] = useState(todayIso());
  const byId = useId();
  const fromId = useId();
  const toId = useId();
  const valid = from !== "" && to !== "" && from <= to;
  const funnel = useQuery({
    ...trpc.region.funnel.get.queryOptions({ by, from, to }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <div className="page-header">
        <h1>Trechter en rapportage</h1>
        <div className="actions no-print">
          <button
            type="button"
            className="secondary"
            disabled={!funnel.data}
            onClick={() => funnel.data && exportCsv(funnel.data)}
          >
            CSV downloaden
          </button>
          <button type="button" disabled={!funnel.data} onClick={() => window.print()}>
            Rapport afdrukken of als PDF bewaren
          </button>
        </div>
      </div>
      <form className="form-grid no-print" aria-label="Trechter kiezen" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={byId}>Indelen per</label>
          <select id={byId} value={by} onChange={(e) => setBy(e.target.value as Grouping)}>
            {(Object.keys(FUNNEL_GROUPING_LABELS) as Grouping[]).map((g) => (
              <option key={g} value={g}>
                {FUNNEL_GROUPING_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fromId}>Aangemeld vanaf</label>
          <input id={fromId} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={toId}>tot en met</label>
          <input id={toId} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {!valid && (
        <p className="form-error" role="alert">
          Kies een begindatum die voor de einddatum ligt.
        </p>
      )}
      <QueryState query={funnel}>{(data) => <FunnelReport data={data} />}</QueryState>
    </>
  );
}

function FunnelReport({ data }: { data: Funnel }) {
  return (
    <>
      <p className="print-only">
        {data.region} — rapportage Ontwikkelpad over {formatDate(data.from)} tot en met {formatDate(data.to)}
      </p>
      <p>
        {data.participatingEmployers} deelnemende werkgevers, {data.participatingSchools} deelnemende scholen,{" "}
        {data.openVacancies} open vacatures. {SUPPRESSION_NOTE}
      </p>
      <CountChart
        bars={data.stages.map((stage, i) => ({
          label: FUNNEL_STAGE_LABELS[stage],
          value: data.stageTotals[i]!,
        }))}
        labelHeader="Stap"
        valueHeader="Aantal"
        caption={<>Kandidaten per stap (totaal {formatCount(data.total)})</>}
        angledLabels
      />
      <TableScroll>
        <table>
          <caption>
            Trechter per {FUNNEL_GROUPING_LABELS[data.by].toLowerCase()}, {formatDate(data.from)} tot en met{" "}
            {formatDate(data.to)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{FUNNEL_GROUPING_LABELS[data.by]}</th>
              {data.stages.map((s) => (
                <th scope="col" key={s}>
                  {FUNNEL_STAGE_LABELS[s]}
                </th>
              ))}
              <th scope="col">Totaal</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.length === 0 ? (
              <tr>
                <td colSpan={data.stages.length + 2}>Geen aanmeldingen in deze periode.</td>
              </tr>
            ) : (
              data.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((v, i) => (
                    <td key={data.stages[i]}>{formatCount(v)}</td>
                  ))}
                  <td>{formatCount(row.total)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              {data.stageTotals.map((v, i) => (
                <td key={data.stages[i]}>{formatCount(v)}</td>
              ))}
              <td>{formatCount(data.total)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </>
  );
}

/** The same suppressed figures as on screen, one row per group plus the totals. */
function exportCsv(data: Funnel) {
  const rows = [...data.rows, { label: "Totaal", cells: data.stageTotals, total: data.total }];
  downloadCsv(
    `trechter-${data.region.toLowerCase().replace(/\s+/g, "-")}-${data.from}-${data.to}.csv`,
    rows,
    [
      { header: FUNNEL_GROUPING_LABELS[data.by], value: (r) => r.label },
      ...data.stages.map((s, i) => ({
        header: FUNNEL_STAGE_LABELS[s],
        value: (r: (typeof rows)[number]) => formatCount(r.cells[i]!),
      })),
      { header: "Totaal", value: (r) => formatCount(r.total) },
    ],
  );
}
