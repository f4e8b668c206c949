import { toCsv } from "@ontwikkelpad/ui";
import { describe, expect, it } from "vitest";
import {
  formatCsvDate,
  importTemplate,
  mayWorkLabel,
  notCsvReason,
  parseImportCsv,
  TEAM_CSV_COLUMNS,
} from "./person-import.ts";

describe("team import CSV", () => {
  it("reads a Dutch Excel export: semicolons, byte-order mark, headers in any case", () => {
    const csv =
      "\ufeffVoornaam;Achternaam;E-mail;Functie;Uren per week;Startdatum;Opmerking\r\nSanne;Bakker;;Groepshulp;24,5;1-9-2026;nieuw\r\n;;;;;;\r\n";
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
    expect(parsed.missingColumns).toEqual(["Uren per week", "Startdatum"]);
  });

  it("offers a template it can read back", () => {
    const parsed = parseImportCsv(importTemplate());
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.locatie).toBe("KDV De Boomhut");
  });
});

describe("the team CSV round trip", () => {
  const member = {
    id: "p1",
    name: "Sanne Bakker",
    givenName: "Sanne",
    familyName: "Bakker",
    email: null,
    kind: "CANDIDATE" as const,
    functionTitle: "Groepshulp",
    location: "KDV De Boomhut",
    hoursPerWeek: 24.5,
    contractStart: "2026-09-01",
    contractEnd: null,
    pathStep: null,
    pathStepTitle: null,
    nextReviewOn: null,
    nextAction: "Start een Ontwikkelpad.",
    mayWork: true,
    mayWorkExplanation: null,
    mayWorkRefusal: null,
    problem: null,
  };

  it.each([
    { name: "allowed", mayWork: true, explanation: null, refusal: null, label: "Ja" },
    {
      name: "missing a diploma",
      mayWork: false,
      explanation: "Pedagogisch medewerker: nog nodig C0123",
      refusal: null,
      label: "Nee: nog nodig C0123",
    },
    {
      name: "not in the Personenregister, whatever else is missing",
      mayWork: false,
      explanation:
        "Pedagogisch medewerker: Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG; nog nodig C0123",
      refusal: "NOT_IN_PERSONENREGISTER" as const,
      label: "Nee: Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG",
    },
  ])("says whether the rules let a team member work: $name", ({ mayWork, explanation, refusal, label }) => {
    expect(
      mayWorkLabel({ ...member, mayWork, mayWorkExplanation: explanation, mayWorkRefusal: refusal }),
    ).toBe(label);
  });

  it("writes dates as d-m-jjjj", () => {
    expect(formatCsvDate("2026-09-01")).toBe("1-9-2026");
    expect(formatCsvDate("2027-12-31")).toBe("31-12-2027");
    expect(formatCsvDate(null)).toBe("");
  });

  it("reads its own export back into the same values", () => {
    const csv = toCsv([member], TEAM_CSV_COLUMNS);
    const parsed = parseImportCsv(csv);
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        voornaam: "Sanne",
        achternaam: "Bakker",
        email: "",
        functie: "Groepshulp",
        locatie: "KDV De Boomhut",
        uren: "24,5",
        startdatum: "1-9-2026",
        einddatum: "",
        soort: "Kandidaat",
      },
    ]);
  });

  it("says in the export whether the rules allow the function, or why they could not judge", () => {
    expect(mayWorkLabel(member)).toBe("Ja");
    expect(mayWorkLabel({ ...member, mayWork: null })).toBe("—");
    expect(
      mayWorkLabel({ ...member, mayWork: false, mayWorkExplanation: "Groepshulp: mist een diploma" }),
    ).toBe("Nee: mist een diploma");
    expect(
      mayWorkLabel({ ...member, mayWork: null, problem: "ev-1 is gedateerd op 2027-01-01, in de toekomst." }),
    ).toBe("Niet beoordeeld: ev-1 is gedateerd op 2027-01-01, in de toekomst.");
  });

  it("recognises a file that is not a CSV by its content", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(notCsvReason("team.pdf", bytes("%PDF-1.7\n"))).toContain("team.pdf is een PDF");
    expect(notCsvReason("team.csv", bytes("PK\u0003\u0004"))).toContain("zip-bestand");
    expect(notCsvReason("foto.csv", new Uint8Array([0xff, 0xd8, 0x00, 0x10]))).toContain("geen tekstbestand");
    expect(notCsvReason("team.csv", bytes("Voornaam;Achternaam\r\nSanne;Bakker\r\n"))).toBeNull();
  });
});
