import { describe, expect, it } from "vitest";
import { importTemplate, parseImportCsv } from "./person-import.ts";

describe("team import CSV", () => {
  it("reads a Dutch Excel export: semicolons, byte-order mark, headers in any case", () => {
    const csv =
      "\ufeffVoornaam;Achternaam;E-mail;Functie;Uren;Startdatum;Opmerking\r\nSanne;Bakker;;Groepshulp;24,5;1-9-2026;nieuw\r\n;;;;;;\r\n";
    const parsed = parseImportCsv(csv);
    expect(parsed.rows).toEqual([
      {
        voornaam: "Sanne",
        achternaam: "Bakker",
        email: "",
        functie: "Groepshulp",
        locatie: "",
        uren: "24,5",
        startdatum: "1-9-2026",
        einddatum: "",
        soort: "",
      },
    ]);
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.ignoredColumns).toEqual(["Opmerking"]);
  });

  it("reads commas and quoted cells, and names missing required columns", () => {
    const parsed = parseImportCsv('voornaam,achternaam,functie\n"Jan, de",Vries,Groepshulp\n');
    expect(parsed.rows[0]).toMatchObject({ voornaam: "Jan, de", achternaam: "Vries" });
    expect(parsed.missingColumns).toEqual(["uren", "startdatum"]);
  });

  it("offers a template it can read back", () => {
    const parsed = parseImportCsv(importTemplate());
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.locatie).toBe("KDV De Boomhut");
  });
});
