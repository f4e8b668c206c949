import { rvoUpload, type RvoLearner } from "@ontwikkelpad/core";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

const learner = (learnerName: string, employerName = "Kinderrijk"): RvoLearner => ({
  learnerName,
  employerName,
  employerRegistryNumber: "90000001",
  schoolName: "ROC De Maasoever",
  schoolRegistryNumber: "99XA",
  crebo: "25498",
  credentialTitle: "Helpende zorg en welzijn",
  learningRoute: "DERDE_LEERWEG",
  pokSignedOn: "2026-08-25",
  pokStartDate: "2026-09-01",
  pokEndDate: "2027-03-31",
  periodFrom: "2026-09-01",
  periodTo: "2026-11-30",
  hoursPresent: 12.5,
  daysAbsent: 0,
  coachingSessions: 2,
  coachingMinutes: 60,
});

/** Writes an RVO file the way the school portal does: core's header and rows through the one CSV writer. */
const write = (file: ReturnType<typeof rvoUpload>[number]) =>
  toCsv(
    file.rows,
    file.header.map((header, i) => ({ header, value: (row: (string | number)[]) => row[i] })),
  );

describe("the RVO upload as CSV", () => {
  it("neutralises formulas in every text cell, also after a line break", () => {
    const [file] = rvoUpload(
      [learner('=HYPERLINK("http://x")', "+Kinderrijk\n@SUM(A1)")],
      "2026-09-01",
      "2026-11-30",
    );
    const parsed = Papa.parse<string[]>(write(file!).replace(/^\ufeff/, ""), { delimiter: ";" }).data;
    expect(parsed[1]![0]).toBe('\'=HYPERLINK("http://x")');
    expect(parsed[1]![1]).toBe("'+Kinderrijk\n'@SUM(A1)");
  });

  it("keeps the Dutch layout: semicolons, d-m-jjjj dates, decimal commas, at most 5 rows per file", () => {
    const files = rvoUpload(
      Array.from({ length: 6 }, (_, i) => learner(`Deelnemer ${i + 1}`)),
      "2026-09-01",
      "2026-11-30",
    );
    const texts = files.map(write);
    expect(texts.map((t) => t.trim().split("\r\n").length - 1)).toEqual([5, 1]);
    expect(texts[1]).toContain("Deelnemer 6;Kinderrijk;90000001;ROC De Maasoever;99XA;25498;");
    expect(texts[1]).toContain(";Derde leerweg;25-8-2026;1-9-2026;31-3-2027;1-9-2026;30-11-2026;12,5;0;2;60");
  });
});
