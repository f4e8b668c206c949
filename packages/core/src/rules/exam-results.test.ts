import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { findCertificate, findQualification } from "../catalog/lookup.ts";
import {
  allowedExamResultMoves,
  DEFAULT_EXAM_RESULT_MOVES,
  examResultCounts,
  examResultMoveProblems,
  examResultMoveTarget,
  examScopeProblems,
  passedGeneriekDeel,
  type ExamResultFacts,
  type GeneriekDeelResult,
} from "./exam-results.ts";

const registered: ExamResultFacts = { status: "REGISTERED", outcome: null, assessedOn: null };
const assessed: ExamResultFacts = { status: "ASSESSED", outcome: "PASSED", assessedOn: "2026-11-20" };
const established: ExamResultFacts = { ...assessed, status: "ESTABLISHED" };
/** The day of the move in these tests. */
const asOf = "2026-11-20";
const wp = (workProcessIds: readonly string[]) => ({ workProcessIds, generiekDeelPart: null });
const part = (generiekDeelPart: string) => ({ workProcessIds: [], generiekDeelPart });

describe("the exam result's log", () => {
  it("runs registered → assessed → established, withdrawn before and corrected after", () => {
    expect(examResultMoveTarget("REGISTERED", "assess")).toBe("ASSESSED");
    expect(examResultMoveTarget("ASSESSED", "establish")).toBe("ESTABLISHED");
    expect(examResultMoveTarget("REGISTERED", "withdraw")).toBe("WITHDRAWN");
    expect(examResultMoveTarget("ASSESSED", "withdraw")).toBe("WITHDRAWN");
    expect(examResultMoveTarget("ESTABLISHED", "correct")).toBe("CORRECTED");
    expect(examResultMoveTarget("REGISTERED", "establish")).toBeNull();
    expect(examResultMoveTarget("ESTABLISHED", "withdraw")).toBeNull();
    expect(examResultMoveTarget("WITHDRAWN", "assess")).toBeNull();
    expect(examResultMoveTarget("CORRECTED", "correct")).toBeNull();
  });

  it("lets a school's own table replace the default", () => {
    const table = { ...DEFAULT_EXAM_RESULT_MOVES, ESTABLISHED: {} };
    expect(examResultMoveTarget("ESTABLISHED", "correct", table)).toBeNull();
    expect(allowedExamResultMoves("ESTABLISHED", ["EXAM_COMMITTEE"], table)).toEqual([]);
  });

  it("gives the examinator assessing and withdrawing, and only the examencommissie establishing and correcting", () => {
    expect(allowedExamResultMoves("REGISTERED", ["EXAMINER"])).toEqual(["assess", "withdraw"]);
    expect(allowedExamResultMoves("ASSESSED", ["EXAMINER"])).toEqual(["assess", "withdraw"]);
    expect(allowedExamResultMoves("ASSESSED", ["EXAM_COMMITTEE"])).toEqual(["establish", "withdraw"]);
    expect(allowedExamResultMoves("ESTABLISHED", ["EXAMINER"])).toEqual([]);
    expect(allowedExamResultMoves("ESTABLISHED", ["EXAM_COMMITTEE"])).toEqual(["correct"]);
    expect(allowedExamResultMoves("ASSESSED", ["TRAINING_ADVISOR", "TEACHER"])).toEqual([]);
  });

  it("asks for a reason to withdraw or correct, and an outcome and date to assess", () => {
    expect(examResultMoveProblems(registered, "withdraw", { asOf })).toEqual(["Geef de reden op."]);
    expect(examResultMoveProblems(registered, "withdraw", { asOf, reason: "  " })).toEqual([
      "Geef de reden op.",
    ]);
    expect(examResultMoveProblems(registered, "withdraw", { asOf, reason: "Ziek" })).toEqual([]);
    expect(examResultMoveProblems(registered, "assess", { asOf })).toEqual([
      "Kies behaald of niet behaald.",
      "Vul de examendatum in.",
    ]);
    expect(
      examResultMoveProblems(registered, "assess", { asOf, outcome: "FAILED", assessedOn: "2026-11-01" }),
    ).toEqual([]);
  });

  it("refuses a move the status does not allow, pointing an established result to a correction", () => {
    expect(examResultMoveProblems(established, "withdraw", { asOf, reason: "x" })).toEqual([
      "Een vastgesteld resultaat kan dat niet meer. Leg een correctie vast met een reden.",
    ]);
    expect(examResultMoveProblems(registered, "establish", { asOf })[0]).toContain("aangemeld");
  });

  it("refuses an outcome for, and establishing, an exam dated after today", () => {
    const future: ExamResultFacts = { ...assessed, assessedOn: "2026-11-21" };
    expect(
      examResultMoveProblems(registered, "assess", { asOf, outcome: "PASSED", assessedOn: "2026-11-21" }),
    ).toEqual(["De examendatum ligt na vandaag: leg de uitslag vast vanaf de dag van het examen."]);
    expect(examResultMoveProblems(future, "establish", { asOf })).toEqual([
      "De examendatum ligt na vandaag: stel het resultaat vast vanaf de dag van het examen.",
    ]);
    expect(examResultMoveProblems(future, "establish", { asOf: "2026-11-21" })).toEqual([]);
    expect(
      examResultMoveProblems(established, "correct", {
        asOf,
        reason: "Datum",
        outcome: "PASSED",
        assessedOn: "2026-11-21",
      }),
    ).toHaveLength(1);
  });

  it("refuses a correction that changes nothing", () => {
    expect(
      examResultMoveProblems(established, "correct", {
        asOf,
        reason: "Typfout",
        outcome: "PASSED",
        assessedOn: "2026-11-20",
      }),
    ).toHaveLength(1);
    expect(
      examResultMoveProblems(established, "correct", {
        asOf,
        reason: "Typfout",
        outcome: "FAILED",
        assessedOn: "2026-11-20",
      }),
    ).toEqual([]);
  });

  it("counts only established results", () => {
    expect(
      ["REGISTERED", "ASSESSED", "ESTABLISHED", "WITHDRAWN", "CORRECTED"].filter((s) =>
        examResultCounts(s as ExamResultFacts["status"]),
      ),
    ).toEqual(["ESTABLISHED"]);
  });
});

describe("what an exam may cover", () => {
  const c0125 = findCertificate(childcareCatalog, "C0125")!;
  const pmk = findQualification(childcareCatalog, "PMK")!;

  it("takes one or several werkprocessen of a certificate or diploma", () => {
    expect(examScopeProblems(childcareCatalog, "C0125", wp([c0125.workProcessIds[0]!]))).toEqual([]);
    expect(examScopeProblems(childcareCatalog, "C0125", wp(c0125.workProcessIds))).toEqual([]);
    expect(examScopeProblems(childcareCatalog, "PMK", wp(pmk.workProcessIds.slice(0, 3)))).toEqual([]);
  });

  it("refuses no werkproces, a werkproces of another credential, a repeat or a praktijkverklaring", () => {
    expect(examScopeProblems(childcareCatalog, "C0125", wp([]))).toEqual(["Kies minstens één werkproces."]);
    const foreign = pmk.workProcessIds.find((id) => !c0125.workProcessIds.includes(id))!;
    expect(examScopeProblems(childcareCatalog, "C0125", wp([foreign]))[0]).toContain(foreign);
    const first = c0125.workProcessIds[0]!;
    expect(examScopeProblems(childcareCatalog, "C0125", wp([first, first]))).toEqual([
      "Kies elk werkproces één keer.",
    ]);
    expect(examScopeProblems(childcareCatalog, "pv-helpende-zorg-welzijn", wp([first]))[0]).toContain(
      "certificaat of diploma",
    );
  });
});

const result = (over: Partial<GeneriekDeelResult>): GeneriekDeelResult => ({
  generiekDeelPart: "Rekenen",
  status: "ESTABLISHED",
  outcome: "PASSED",
  supersededById: null,
  ...over,
});

describe("an exam of the generiek deel", () => {
  const pmk = findQualification(childcareCatalog, "PMK")!;
  const gpm = findQualification(childcareCatalog, "GPM")!;
  const c0125 = findCertificate(childcareCatalog, "C0125")!;

  it("covers exactly one part the qualification lists", () => {
    for (const p of pmk.generiekDeel) expect(examScopeProblems(childcareCatalog, "PMK", part(p))).toEqual([]);
    expect(examScopeProblems(childcareCatalog, "GPM", part("Engels"))).toEqual([]);
  });

  it("refuses a part the qualification does not list, naming the parts it does", () => {
    expect(gpm.generiekDeel).toContain("Engels");
    expect(pmk.generiekDeel).not.toContain("Engels");
    const [problem] = examScopeProblems(childcareCatalog, "PMK", part("Engels"));
    expect(problem).toContain("Engels hoort niet bij het generiek deel van Pedagogisch medewerker");
    for (const p of pmk.generiekDeel) expect(problem).toContain(p);
  });

  it("refuses werkprocessen next to a part, and a certificate, which has no generiek deel", () => {
    expect(
      examScopeProblems(childcareCatalog, "PMK", {
        workProcessIds: [pmk.workProcessIds[0]!],
        generiekDeelPart: "Rekenen",
      }),
    ).toEqual(["Een examen van het generiek deel gaat niet ook over werkprocessen. Kies één van beide."]);
    expect(examScopeProblems(childcareCatalog, "C0125", part("Rekenen"))[0]).toContain(
      `${c0125.title} heeft geen generiek deel`,
    );
  });

  it("counts only established, passed parts no correction replaced", () => {
    expect(passedGeneriekDeel([result({}), result({ generiekDeelPart: "Nederlands" }), result({})])).toEqual([
      "Nederlands",
      "Rekenen",
    ]);
    for (const status of ["REGISTERED", "ASSESSED", "WITHDRAWN", "CORRECTED"] as const)
      expect(passedGeneriekDeel([result({ status })])).toEqual([]);
    expect(passedGeneriekDeel([result({ outcome: "FAILED" })])).toEqual([]);
    expect(passedGeneriekDeel([result({ supersededById: "correction" })])).toEqual([]);
    expect(passedGeneriekDeel([result({ generiekDeelPart: null })])).toEqual([]);
  });
});
