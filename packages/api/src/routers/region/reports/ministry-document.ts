import { createHash } from "node:crypto";
import {
  FUNNEL_COLUMN_LABELS,
  formatCount,
  formatDutchDate,
  formatPeriod,
  MINISTRY_REPORT_NOTE,
  toCsvLines,
} from "@ontwikkelpad/core";
import type { Forecast } from "../_shared/forecast.ts";
import type { Funnel } from "../_shared/funnel.ts";
import type { LearningCircles } from "../_shared/learning-circles.ts";

/** What the ministry's report holds: the quarter's funnel per month, the prognose and the leerkringen. */
export interface MinistryReportFacts {
  funnel: Funnel;
  forecast: Forecast;
  /** The leerkring sessions held in the period. */
  learningCircles: LearningCircles;
}

/** One table of the report: the same rows in the CSV and the printable version. */
interface Table {
  caption: string;
  head: string[];
  /** The first cell of a row names it (a row header). */
  rows: string[][];
}

/** The report's fixed layout: the same tables, in the same order, for every region and quarter. */
function tablesOf({ funnel, forecast, learningCircles }: MinistryReportFacts): Table[] {
  const columns = funnel.columns.map((c) => FUNNEL_COLUMN_LABELS[c]);
  const counts = (cells: readonly (number | null)[] | null) =>
    funnel.columns.map((_, i) => formatCount(cells?.[i] ?? null));
  return [
    {
      caption: "Trechter: kandidaten per maand van aanmelding, per stap en uitkomst (beschermd)",
      head: ["Maand van aanmelding", ...columns, "Totaal"],
      rows: [
        ...funnel.rows.map((r) => [r.label, ...counts(r.cells), formatCount(r.total)]),
        ["Totaal", ...counts(funnel.columnTotals), formatCount(funnel.total)],
      ],
    },
    {
      caption: "Deelname (exact: organisaties en plaatsen, geen personen)",
      head: ["Onderdeel", "Aantal"],
      rows: [
        ["Deelnemende werkgevers", String(funnel.participatingEmployers)],
        ["Deelnemende scholen", String(funnel.participatingSchools)],
        ["Open vacatures", String(funnel.openVacancies)],
      ],
    },
    {
      caption: "Prognose: verwacht nieuw gekwalificeerde pedagogisch medewerkers per kwartaal (beschermd)",
      head: ["Kwartaal", "Verwacht gekwalificeerd"],
      rows: [
        ...forecast.quarters.map((q) => [q.quarter, formatCount(q.qualified)]),
        ["Totaal", formatCount(forecast.totalQualified)],
        ["Open plaatsen voor gekwalificeerde functies (exact)", String(forecast.openVacancies)],
        ["Niet te beoordelen trajecten", formatCount(forecast.unjudged)],
      ],
    },
    {
      caption: "Leerkringen in de periode",
      head: ["Datum", "Onderwerp", "Deelnemers", "Acties afgerond", "Acties open"],
      rows: learningCircles.map((s) => [
        formatDutchDate(s.heldOn),
        s.topic,
        String(s.participants.length),
        String(s.actions.filter((a) => a.doneOn).length),
        String(s.actions.filter((a) => !a.doneOn).length),
      ]),
    },
  ];
}

/**
 * The printable version's style sheet. On paper the funnel's thirteen columns need the width of a
 * landscape A4: nothing is cut off.
 */
const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
/* On a screen narrower than a table, the table scrolls in its own box and the page does not. */
.table-scroll { overflow-x: auto; margin: 0 0 2rem; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
th, td { border: 1px solid #555; padding: 0.25rem 0.5rem; text-align: left; }
td { text-align: right; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 8pt; }
  .table-scroll { overflow: visible; }
  table { width: 100%; break-inside: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th, td { padding: 0.1rem 0.25rem; }
  thead th { vertical-align: bottom; }
}
`;

/**
 * The content security policy's source for that style sheet: the portal opens the printable version
 * from its own page (a blob), under the portal's policy, which lets no other inline style apply.
 */
export const MINISTRY_REPORT_STYLE_SOURCE = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

const titleOf = (funnel: Funnel) =>
  `Rapportage Ontwikkelpad — ${funnel.region} — ${formatPeriod(funnel.period)}`;

/**
 * The report as CSV (core's `toCsvLines`: semicolons, formulas neutralised; each table under its caption, a blank line between tables, the note
 * last) and as a printable HTML document in Dutch (`lang="nl"`, a caption and header cells per table),
 * both with the region's name and the period. It holds only protected figures about persons.
 */
export function writeMinistryReport(facts: MinistryReportFacts): { csv: string; html: string } {
  const tables = tablesOf(facts);
  const title = titleOf(facts.funnel);
  const csv = toCsvLines([
    [title],
    [],
    ...tables.flatMap((t) => [[t.caption], t.head, ...t.rows, []]),
    ["Toelichting", MINISTRY_REPORT_NOTE],
  ]);
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>Kandidaten aangemeld in ${escape(formatPeriod(facts.funnel.period))} (${formatDutchDate(facts.funnel.from)} tot ${formatDutchDate(facts.funnel.until)}).</p>
${tables.map(tableHtml).join("\n")}
<h2>Toelichting</h2>
<p>${escape(MINISTRY_REPORT_NOTE)}</p>
</main>
</body>
</html>
`;
  return { csv, html };
}

function tableHtml(t: Table): string {
  const head = t.head.map((h) => `<th scope="col">${escape(h)}</th>`).join("");
  const rows = t.rows.length
    ? t.rows
        .map(([first, ...rest]) =>
          [`<th scope="row">${escape(first!)}</th>`, ...rest.map((c) => `<td>${escape(c)}</td>`)].join(""),
        )
        .map((cells) => `<tr>${cells}</tr>`)
        .join("\n")
    : `<tr><td colspan="${t.head.length}">Geen in deze periode.</td></tr>`;
  return `<div class="table-scroll" tabindex="0" role="group" aria-label="${escape(t.caption)}">
<table>
<caption>${escape(t.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Text as HTML shows it: names typed by users (a region, a leerkring topic) never become markup. */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
