import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SimpleTable, type SimpleColumn, type SimpleTableProps } from "./SimpleTable.tsx";

interface Row {
  id: string;
  name: string;
  hours: number;
  team: string;
}

const rows: Row[] = [
  { id: "a", name: "Anna de Vries", hours: 24, team: "Zonnetje" },
  { id: "b", name: "Bram Jansen", hours: 32, team: "Zonnetje" },
  { id: "c", name: "Cem Yilmaz", hours: 16, team: "Maan" },
];

const columns: SimpleColumn<Row>[] = [
  { header: "Naam", rowHeader: true, render: (r) => r.name },
  { header: "Uren", className: "numeric", render: (r) => String(r.hours) },
];

const render = (props: Partial<SimpleTableProps<Row>> = {}) =>
  renderToStaticMarkup(
    createElement(SimpleTable<Row>, {
      caption: "Medewerkers",
      columns,
      rows,
      rowKey: (r) => r.id,
      ...props,
    } as SimpleTableProps<Row>),
  );

describe("SimpleTable", () => {
  it("names the table with its caption and gives every header cell its scope", () => {
    const html = render();
    expect(html).toContain("<caption>Medewerkers</caption>");
    expect(html).toContain('<th scope="col">Naam</th>');
    expect(html).toContain('<th scope="col" class="numeric">Uren</th>');
    expect(html).toContain('<th scope="row">Anna de Vries</th>');
    expect(html).toContain('<td class="numeric">32</td>');
    expect(html.match(/<tr>/g)).toHaveLength(1 + rows.length);
  });

  it("lays every row out as a card on a phone unless told not to", () => {
    expect(render()).toContain('class="table-scroll stacked"');
    expect(render({ stacked: false })).toContain('class="table-scroll"');
    expect(render({ stacked: false })).not.toContain("stacked");
  });

  it("names a table without a caption for screen readers", () => {
    const html = render({ caption: undefined, label: "Medewerkers van de locatie" } as Partial<
      SimpleTableProps<Row>
    >);
    expect(html).toContain('aria-label="Medewerkers van de locatie"');
    expect(html).not.toContain("<caption>");
  });

  it("shows the empty text instead of a table without rows, and nothing without an empty text", () => {
    const html = render({ rows: [], emptyText: "Nog geen medewerkers." });
    expect(html).toBe('<p class="empty">Nog geen medewerkers.</p>');
    expect(render({ rows: [] })).toBe("");
  });

  it("keeps a report's table with its foot and the empty text as its one row when asked to", () => {
    const html = render({
      rows: [],
      emptyText: "Geen aanmeldingen in deze periode.",
      keepWhenEmpty: true,
      footer: createElement("tr", null, createElement("th", { scope: "row" }, "Totaal")),
    });
    expect(html).toContain("<caption>Medewerkers</caption>");
    expect(html).toContain('<tbody><tr><td colSpan="2">Geen aanmeldingen in deze periode.</td></tr></tbody>');
    expect(html).toContain("<tfoot>");
  });

  it("puts consecutive rows of one group in a body under the group's heading row", () => {
    const html = render({ groupBy: (r) => ({ key: r.team, header: `Groep ${r.team}` }) });
    expect(html.match(/<tbody>/g)).toHaveLength(2);
    expect(html).toContain('<th scope="colgroup" colSpan="2">Groep Zonnetje</th>');
    expect(html.indexOf("Groep Maan")).toBeGreaterThan(html.indexOf("Bram Jansen"));
  });

  it("adds a full-width row beneath a row that has a detail, and none beneath the others", () => {
    const html = render({ renderDetail: (r) => (r.id === "b" ? "Uren wijzigen" : null) });
    expect(html.match(/class="form-row"/g)).toHaveLength(1);
    expect(html).toContain('<tr class="form-row"><td colSpan="2">Uren wijzigen</td></tr>');
  });

  it("gives a cell the class its row asks for and keeps the foot apart from the rows", () => {
    const html = render({
      columns: [
        ...columns,
        {
          header: "Genoeg",
          render: (r) => (r.hours >= 24 ? "ja" : "nee"),
          cellClassName: (r) => (r.hours >= 24 ? "yes" : "no"),
        },
      ],
      footer: createElement("tr", null, createElement("th", { scope: "row" }, "Totaal")),
    });
    expect(html).toContain('<td class="no">nee</td>');
    expect(html).toContain('<td class="yes">ja</td>');
    expect(html).toContain('<tfoot><tr><th scope="row">Totaal</th></tr></tfoot>');
  });
});
