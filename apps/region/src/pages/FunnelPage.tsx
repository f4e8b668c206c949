import {
  formatCount,
  formatPeriod,
  FUNNEL_COLUMN_LABELS,
  FUNNEL_GROUPING_LABELS,
  MINISTRY_REPORT_NOTE,
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
import { MinistryReport } from "../components/MinistryReport.tsx";
import { PORTAL_NAME } from "../portal.ts";

type Funnel = RouterOutputs["region"]["funnel"]["get"];
type Grouping = Funnel["by"];
type Row = Funnel["rows"][number];

const todayIso = () => new Date().toLocaleDateString("sv-SE");

/**
 * The regional funnel per month, partner or employer for a closed month or quarter: a chart of the
 * column totals (stages reached, then outcomes) with the table beside it, the desk's own exact counts,
 * and the report for the ministry, which the server makes (CSV and printable version). The figures come
 * protected from the server.
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
      <MinistryReport quarters={choices.quarters} />
    </>
  );
}

function FunnelReport({ data }: { data: Funnel }) {
  const period = formatPeriod(data.period);
  return (
    <>
      <section className="no-print" aria-labelledby="desk-heading">
        <h2 id="desk-heading">Uw loket in {period}</h2>
        <p>
          {data.desk.registered} aangemeld, {data.desk.intakeCompleted} met afgeronde intake,{" "}
          {data.desk.referrals} voordrachten. Dit is het eigen werk van het loket en daarom exact; het staat
          niet in de rapportage voor het ministerie.
        </p>
      </section>
      <p>
        {data.participatingEmployers} deelnemende werkgevers, {data.participatingSchools} deelnemende scholen,{" "}
        {data.openVacancies} open vacatures (exact: organisaties en plaatsen, geen personen).
      </p>
      <p>{MINISTRY_REPORT_NOTE}</p>
      {data.columnTotals && (
        <CountChart
          bars={data.columns.map((column, i) => ({
            label: FUNNEL_COLUMN_LABELS[column],
            value: data.columnTotals![i]!,
          }))}
          labelHeader="Stap"
          valueHeader="Aantal (beschermd)"
          caption={<>Kandidaten per stap en uitkomst (totaal {formatCount(data.total)}, beschermd)</>}
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
          ...data.columns.map((column, i) => ({
            header: FUNNEL_COLUMN_LABELS[column],
            render: (row: Row) => formatCount(row.cells?.[i] ?? null),
          })),
          { header: "Totaal", render: (row) => formatCount(row.total) },
        ]}
        footer={
          <tr>
            <th scope="row">Totaal</th>
            {data.columns.map((column, i) => (
              <td key={column}>{formatCount(data.columnTotals?.[i] ?? null)}</td>
            ))}
            <td>{formatCount(data.total)}</td>
          </tr>
        }
      />
    </>
  );
}
