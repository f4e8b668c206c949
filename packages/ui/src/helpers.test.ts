import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readCookie } from "./cookies.ts";
import { toCsv } from "./csv.ts";
import { redirectTarget } from "./LoginPage.tsx";
import { compareValues } from "./sort.ts";

describe("readCookie", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("a=1; op_csrf=abc%3D%3D; b=2", "op_csrf")).toBe("abc==");
    expect(readCookie("op_csrf_old=x", "op_csrf")).toBeNull();
    expect(readCookie("", "op_csrf")).toBeNull();
    expect(readCookie("op_csrf=%E0%A4%A", "op_csrf")).toBeNull();
  });
});

describe("toCsv", () => {
  const columns = [
    { header: "Naam", value: (r: { name: string; hours: number | null }) => r.name },
    { header: "Uren", value: (r: { name: string; hours: number | null }) => r.hours },
  ];

  it("writes a header row, semicolons and empty cells for null", () => {
    expect(
      toCsv(
        [
          { name: "Ellen de Graaf", hours: 24 },
          { name: "Milan", hours: null },
        ],
        columns,
      ),
    ).toBe("\ufeffNaam;Uren\r\nEllen de Graaf;24\r\nMilan;");
  });

  it("quotes separators and neutralises formulas", () => {
    const csv = toCsv(
      [
        { name: '=HYPERLINK("x")', hours: 1 },
        { name: "Jansen; Piet", hours: 2 },
      ],
      columns,
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"Jansen; Piet"`);
  });

  it("neutralises a formula on every line of a cell, whatever the line break", () => {
    const cells = [
      '=HYPERLINK("https://example.org")',
      'Bakker\n=HYPERLINK("https://example.org";"klik")',
      "Bakker\r\n+1+1",
      "Bakker\r-1",
      "@SUM(A1)\n\t=1",
      "a\n\r=1",
    ];
    const csv = toCsv(
      cells.map((name) => ({ name, hours: -3 })),
      columns,
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data.slice(1);
    expect(parsed.map((row) => row[0])).toHaveLength(cells.length);
    for (const [name, hours] of parsed) {
      for (const line of name!.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
      expect(hours).toBe("-3");
    }
    expect(parsed[1]![0]).toBe('Bakker\n\'=HYPERLINK("https://example.org";"klik")');
  });
});

describe("compareValues", () => {
  it("sorts numbers numerically, text the Dutch way and empty values last", () => {
    expect([10, 2, null, 1].toSorted(compareValues)).toEqual([1, 2, 10, null]);
    expect(["van Dijk", "", "Bakker", "appel"].toSorted(compareValues)).toEqual([
      "appel",
      "Bakker",
      "van Dijk",
      "",
    ]);
    expect(["stap 10", "stap 9"].toSorted(compareValues)).toEqual(["stap 9", "stap 10"]);
  });
});

describe("redirectTarget", () => {
  it("returns only paths inside the portal", () => {
    expect(redirectTarget({ from: "/personen/1" })).toBe("/personen/1");
    expect(redirectTarget({ from: "//evil.example" })).toBe("/");
    expect(redirectTarget({ from: "https://evil.example" })).toBe("/");
    expect(redirectTarget(null, "/start")).toBe("/start");
  });
});
