import { describe, expect, it } from "vitest";
import { NotForRvoError } from "../errors.ts";
import {
  assertForRvo,
  evidenceEntryProblems,
  isPokOpenForEvidence,
  monthlyTotals,
  RVO_CSV_COLUMNS,
  rvoDate,
  rvoFileName,
  rvoFiles,
  rvoExportProblems,
  rvoUpload,
  type RvoLearner,
  type RvoPokFacts,
} from "./subsidy-evidence.ts";
import { currentRecords } from "./supersession.ts";

const signed = {
  status: "SIGNED" as const,
  startDate: "2026-09-01",
  endDate: "2027-03-31",
  replacedFrom: null,
};

describe("the attendance register and coaching log", () => {
  it("is kept only under a signed or ended POK, within its period and not in the future", () => {
    expect(isPokOpenForEvidence("SIGNED")).toBe(true);
    expect(isPokOpenForEvidence("ENDED")).toBe(true);
    for (const status of ["DRAFT", "COMPLETE", "SENT", "WITHDRAWN", "REJECTED"] as const)
      expect(evidenceEntryProblems({ ...signed, status }, "2026-10-01", "2026-12-01")).toEqual([
        "Aanwezigheid en begeleiding leg je vast zodra de POK getekend is.",
      ]);
    expect(evidenceEntryProblems(signed, "2026-10-01", "2026-12-01")).toEqual([]);
    expect(evidenceEntryProblems(signed, "2026-08-31", "2026-12-01")).toEqual([
      "Kies een datum vanaf de startdatum van de POK.",
    ]);
    expect(evidenceEntryProblems(signed, "2026-12-02", "2026-12-01")).toEqual([
      "Kies een datum tot en met vandaag.",
    ]);
    expect(evidenceEntryProblems({ ...signed, status: "ENDED" }, "2027-04-01", "2027-05-01")).toEqual([
      "Kies een datum tot en met de einddatum van de POK.",
    ]);
    // After a change of employer the new POK holds what follows.
    const replaced = { ...signed, status: "ENDED" as const, replacedFrom: "2026-11-16" };
    expect(evidenceEntryProblems(replaced, "2026-11-13", "2026-12-01")).toEqual([]);
    expect(evidenceEntryProblems(replaced, "2026-11-16", "2026-12-01")).toEqual([
      "Vanaf de wisseling van leerbedrijf geldt de nieuwe POK: leg het daar vast.",
    ]);
  });

  it("counts only entries no correction superseded, also along a chain of corrections", () => {
    const entries = [
      { id: "a", supersedesId: null },
      { id: "b", supersedesId: "a" },
      { id: "c", supersedesId: "b" },
      { id: "d", supersedesId: null },
    ];
    expect(currentRecords(entries).map((e) => e.id)).toEqual(["c", "d"]);
  });

  it("totals hours, days and coaching per month, earliest first", () => {
    expect(
      monthlyTotals(
        [
          { date: "2026-10-05", present: true, hoursPresent: 7.5 },
          { date: "2026-09-28", present: true, hoursPresent: 8 },
          { date: "2026-10-06", present: false, hoursPresent: 0 },
          { date: "2026-10-12", present: true, hoursPresent: 4 },
        ],
        [
          { date: "2026-10-07", minutes: 45 },
          { date: "2026-11-02", minutes: 30 },
        ],
      ),
    ).toEqual([
      {
        month: "2026-09",
        hoursPresent: 8,
        daysPresent: 1,
        daysAbsent: 0,
        coachingSessions: 0,
        coachingMinutes: 0,
      },
      {
        month: "2026-10",
        hoursPresent: 11.5,
        daysPresent: 2,
        daysAbsent: 1,
        coachingSessions: 1,
        coachingMinutes: 45,
      },
      {
        month: "2026-11",
        hoursPresent: 0,
        daysPresent: 0,
        daysAbsent: 0,
        coachingSessions: 1,
        coachingMinutes: 30,
      },
    ]);
  });
});

const learner = (n: number): RvoLearner => ({
  learnerName: `Deelnemer ${n}`,
  employerName: "Kinderopvang Zonnebloem",
  employerRegistryNumber: "90000002",
  schoolName: "ROC De Maasoever",
  schoolRegistryNumber: "99XA",
  crebo: "25696",
  credentialTitle: "Pedagogisch medewerker kinderopvang",
  learningRoute: "BBL",
  pokSignedOn: "2026-08-28",
  pokStartDate: "2026-09-01",
  pokEndDate: "2028-08-31",
  periodFrom: "2026-09-01",
  periodTo: "2026-11-30",
  hoursPresent: 112.5,
  daysAbsent: 2,
  coachingSessions: 3,
  coachingMinutes: 135,
});

describe("the RVO upload", () => {
  it("writes dates as d-m-jjjj without leading zeros", () => {
    expect(rvoDate("2026-09-01")).toBe("1-9-2026");
    expect(rvoDate("2027-12-31")).toBe("31-12-2027");
    expect(rvoDate(null)).toBe("");
  });

  it("has one row per learner in the fixed column order, with Dutch decimals", () => {
    expect(RVO_CSV_COLUMNS.map((c) => c.header)).toEqual([
      "Naam deelnemer",
      "Leerbedrijf",
      "KvK-nummer leerbedrijf",
      "Onderwijsinstelling",
      "BRIN",
      "Crebo",
      "Opleiding",
      "Leerweg",
      "Datum ondertekening POK",
      "Startdatum POK",
      "Einddatum POK",
      "Periode van",
      "Periode tot en met",
      "Uren aanwezig",
      "Dagen afwezig",
      "Aantal begeleidingsmomenten",
      "Minuten begeleiding",
    ]);
    expect(RVO_CSV_COLUMNS.map((c) => c.value(learner(1)))).toEqual([
      "Deelnemer 1",
      "Kinderopvang Zonnebloem",
      "90000002",
      "ROC De Maasoever",
      "99XA",
      "25696",
      "Pedagogisch medewerker kinderopvang",
      "BBL",
      "28-8-2026",
      "1-9-2026",
      "31-8-2028",
      "1-9-2026",
      "30-11-2026",
      "112,5",
      2,
      3,
      135,
    ]);
  });

  it("splits the learners into files of at most 5, keeping their order", () => {
    for (const count of [0, 1, 5, 6, 11]) {
      const learners = Array.from({ length: count }, (_, i) => learner(i));
      const files = rvoFiles(learners);
      expect(files.length).toBe(Math.ceil(count / 5));
      expect(files.every((f) => f.length >= 1 && f.length <= 5)).toBe(true);
      expect(files.flat()).toEqual(learners);
    }
  });

  it("makes numbered files of at most 5 rows under the header", () => {
    const upload = rvoUpload(
      Array.from({ length: 7 }, (_, i) => learner(i)),
      "2026-09-01",
      "2026-11-30",
    );
    expect(upload.map((f) => [f.name, f.rows.length])).toEqual([
      ["rvo-praktijkleren-2026-09-01-2026-11-30-1-van-2.csv", 5],
      ["rvo-praktijkleren-2026-09-01-2026-11-30-2-van-2.csv", 2],
    ]);
    expect(upload[1]!.header[0]).toBe("Naam deelnemer");
    expect(upload[1]!.rows.map((r) => r[0])).toEqual(["Deelnemer 5", "Deelnemer 6"]);
  });

  it("numbers the files so they sort in order", () => {
    expect(rvoFileName("2026-09-01", "2026-11-30", 0, 3)).toBe(
      "rvo-praktijkleren-2026-09-01-2026-11-30-1-van-3.csv",
    );
    expect(rvoFileName("2026-09-01", "2026-11-30", 1, 12)).toBe(
      "rvo-praktijkleren-2026-09-01-2026-11-30-02-van-12.csv",
    );
  });
});

describe("rvoExportProblems", () => {
  const pok: RvoPokFacts = {
    status: "SIGNED",
    learningRoute: "BBL",
    crebo: "25696",
    signedOn: "2026-08-20",
    startDate: "2026-09-01",
    endDate: "2027-06-30",
  };
  it.each<[string, Partial<RvoPokFacts>, string[]]>([
    ["a signed POK in the bbl", {}, []],
    ["an ended POK in the derde leerweg", { status: "ENDED", learningRoute: "DERDE_LEERWEG" }, []],
    ["a POK without an end date", { endDate: null }, []],
    ["a withdrawn POK", { status: "WITHDRAWN" }, ["ingetrokken"]],
    ["a POK still a draft", { status: "DRAFT" }, ["concept"]],
    ["a POK in the bol", { learningRoute: "BOL" }, ["bbl en de derde leerweg"]],
    ["a credential without a crebo", { crebo: null }, ["crebo"]],
    ["a POK without its signing date", { signedOn: null }, ["ondertekening"]],
    ["a POK without a start date", { startDate: null }, ["startdatum van de POK in"]],
    ["a POK ending before it starts", { endDate: "2026-08-31" }, ["vóór de startdatum"]],
    ["a withdrawn bol POK", { status: "WITHDRAWN", learningRoute: "BOL" }, ["ingetrokken", "bbl"]],
  ])("%s", (_, change, expected) => {
    const problems = rvoExportProblems({ ...pok, ...change });
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(problems[i]).toContain(text));
  });

  it("refuses with NotForRvoError, whose message gives every reason, only a POK with problems", () => {
    expect(() => assertForRvo(pok)).not.toThrow();
    const withdrawnBol = { ...pok, status: "WITHDRAWN" as const, learningRoute: "BOL" as const };
    expect(() => assertForRvo(withdrawnBol)).toThrow(NotForRvoError);
    expect(() => assertForRvo(withdrawnBol)).toThrow(rvoExportProblems(withdrawnBol).join(" "));
  });
});
