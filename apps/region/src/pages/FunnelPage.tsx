import {
  downloadCsv,
  formatCount,
  formatPeriod,
  FUNNEL_GROUPING_LABELS,
  FUNNEL_STAGE_LABELS,
  PROTECTION_NOTE,
  QueryState,
  reportingPeriodChoices,
  usePageTitle,
  useTRPC,
  SimpleTable,
  LabelOptions,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { CountChart } from "../components/CountChart.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Funnel = RouterOutputs["region"]["funnel"]["get"];
type Grouping = Funnel["by"];
type Row = Funnel["rows"][number];

const todayIso = () => new Date().toLocaleDateString("sv-SE");

/** The note in the report for the ministry: which figures it holds and how to read them. */
const REPORT_NOTE = `Alle aantallen in deze rapportage gaan over personen en zijn beschermd. ${PROTECTION_NOTE} Cijfers verschijnen alleen per afgesloten maand of kwartaal. Een rij met minder dan 5 aanmeldingen splitsen we niet uit naar stap (–). Methode: Handbook on Statistical Disclosure Control van het Europees Statistisch Systeem, hoofdstuk 5 (celsleutelmethode, zoals in de Europese volkstelling 2021 en de ABS TableBuilder).`;

/**
 * The regional funnel per month, partner or employer for a closed month or quarter: a chart of the
 * stage totals with the table beside it, the desk's own exact counts, the CSV export and the
 * printable report for the ministry. The stage figures come protected from the server; the report and
 * the CSV hold only those.
 */
export function FunnelPage() {
  usePageTitle("Trechter en rapportage", PORTAL_NAME);
  const trpc = useTRPC();
  const choices = useMemo(() => reportingPeriodChoices(todayIso()), []);
  const [by, setBy] = useState<Grouping>("month");
  const [period, setPeriod] = useState(choices.quarters[0]!);
  const byId = useId();
  const periodId = useId();
  const funnel = useQuery({
    ...trpc.region.funnel.get.queryOptions({ by, period }),
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
            <LabelOptions labels={FUNNEL_GROUPING_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={periodId}>Aangemeld in</label>
          <select id={periodId} value={period} onChange={(e) => setPeriod(e.target.value)}>
            <optgroup label="Afgesloten kwartalen">
              {choices.quarters.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                </option>
              ))}
            </optgroup>
            <optgroup label="Afgesloten maanden">
              {choices.months.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </form>
      <p className="hint no-print">
        Alleen afgesloten maanden en kwartalen: een lopende periode verandert nog en zou, vergeleken met een
        eerdere stand, iets over personen kunnen verraden.
      </p>
      <QueryState query={funnel}>{(data) => <FunnelReport data={data} />}</QueryState>
    </>
  );
}

function FunnelReport({ data }: { data: Funnel }) {
  const period = formatPeriod(data.period);
  return (
    <>
      <p className="print-only">
        {data.region} — rapportage Ontwikkelpad over kandidaten aangemeld in {period}
      </p>
      <section className="no-print" aria-labelledby="desk-heading">
        <h2 id="desk-heading">Uw loket in {period}</h2>
        <p>
          {data.desk.registered} aangemeld, {data.desk.intakeCompleted} met afgeronde intake,{" "}
          {data.desk.referred} verwezen. Dit is het eigen werk van het loket en daarom exact; het staat niet
          in het rapport of de CSV.
        </p>
      </section>
      <p>
        {data.participatingEmployers} deelnemende werkgevers, {data.participatingSchools} deelnemende scholen,{" "}
        {data.openVacancies} open vacatures (exact: organisaties en plaatsen, geen personen).
      </p>
      <p>{REPORT_NOTE}</p>
      {data.stageTotals && (
        <CountChart
          bars={data.stages.map((stage, i) => ({
            label: FUNNEL_STAGE_LABELS[stage],
            value: data.stageTotals![i]!,
          }))}
          labelHeader="Stap"
          valueHeader="Aantal (beschermd)"
          caption={<>Kandidaten per stap (totaal {formatCount(data.total)}, beschermd)</>}
          angledLabels
        />
      )}
      <SimpleTable
        caption={`Trechter per ${FUNNEL_GROUPING_LABELS[data.by].toLowerCase()}, aangemeld in ${period} (beschermde aantallen)`}
        stacked={false}
        emptyText="Geen aanmeldingen in deze periode."
        keepWhenEmpty
        rows={data.rows}
        rowKey={(row) => row.label}
        columns={[
          { header: FUNNEL_GROUPING_LABELS[data.by], rowHeader: true, render: (row) => row.label },
          ...data.stages.map((stage, i) => ({
            header: FUNNEL_STAGE_LABELS[stage],
            render: (row: Row) => formatCount(row.cells?.[i] ?? null),
          })),
          { header: "Totaal", render: (row) => formatCount(row.total) },
        ]}
        footer={
          <tr>
            <th scope="row">Totaal</th>
            {data.stages.map((stage, i) => (
              <td key={stage}>{formatCount(data.stageTotals?.[i] ?? null)}</td>
            ))}
            <td>{formatCount(data.total)}</td>
          </tr>
        }
      />
    </>
  );
}

/** The protected figures only, as in the report, one row per group plus the totals, then the note. */
function exportCsv(data: Funnel) {
  const rows = [...data.rows, { label: "Totaal", cells: data.stageTotals, total: data.total }];
  downloadCsv(`trechter-${data.region.toLowerCase().replace(/\s+/g, "-")}-${data.period}.csv`, rows, [
    { header: FUNNEL_GROUPING_LABELS[data.by], value: (r) => r.label },
    ...data.stages.map((s, i) => ({
      header: FUNNEL_STAGE_LABELS[s],
      value: (r: (typeof rows)[number]) => formatCount(r.cells?.[i] ?? null),
    })),
    { header: "Totaal", value: (r) => formatCount(r.total) },
    { header: "Toelichting", value: (r) => (r.label === "Totaal" ? REPORT_NOTE : "") },
  ]);
}
