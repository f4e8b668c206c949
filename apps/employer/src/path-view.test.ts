import { describe, expect, it } from "vitest";
import { evidence, workProcess } from "./rating.fixture.ts";
import {
  addMonths,
  currentRating,
  parseList,
  progressPerCoreTask,
  ratingState,
  reviewDates,
  routeChoice,
  routeSummary,
  shownStep,
  unmetPreconditions,
  type RouteView,
} from "./path-view.ts";

describe("path view helpers", () => {
  it("saves a route's first step as the goal, with its leerweg", () => {
    const route: RouteView = {
      id: "PMK",
      title: "PMK via BBL",
      totalMonths: 24,
      openRequirements: ["Taaleis mondeling 3F"],
      steps: [
        {
          credentialId: "PMK",
          credentialKind: "DIPLOMA",
          title: "Diploma PMK",
          niveau: 3,
          learningRoute: "BBL",
          estimatedMonths: 24,
          coreTasks: [],
          preconditions: [],
        },
      ],
    };
    expect(routeChoice(route, "pedagogisch-medewerker", true)).toEqual({
      step: 4,
      goalFunctionId: "pedagogisch-medewerker",
      goalCredentialId: "PMK",
      routeId: "PMK",
      learningRoute: "BBL",
    });
    expect(routeChoice(route, null, false)).toMatchObject({ goalFunctionId: null, routeId: null });
    expect(routeChoice({ ...route, steps: [] }, null, true)).toBeNull();
  });

  it("shows the step asked for in the address, else the path's current step", () => {
    expect(shownStep("4", 7)).toBe(4);
    expect(shownStep(null, 7)).toBe(7);
    expect(shownStep("9", 2)).toBe(2);
    expect(shownStep("0", 2)).toBe(2);
    expect(shownStep("2.5", 3)).toBe(3);
    expect(shownStep("", 3)).toBe(3);
    expect(shownStep("abc", 3)).toBe(3);
  });

  it("lists each unmet precondition of a route once", () => {
    const trainer = { message: "een praktijkopleider met 2 uur per week", met: false };
    const route = {
      steps: [
        { preconditions: [trainer, { message: "SBB-erkenning als leerbedrijf, BBL", met: false }] },
        { preconditions: [trainer, { message: "al geregeld", met: true }] },
      ],
    };
    expect(unmetPreconditions(route)).toEqual([
      "een praktijkopleider met 2 uur per week",
      "SBB-erkenning als leerbedrijf, BBL",
    ]);
    expect(unmetPreconditions({ steps: [] })).toEqual([]);
  });

  it("names a function's route but not a single credential's", () => {
    const route = { title: "PMK via BBL", totalMonths: 18 };
    expect(routeSummary(route, true)).toBe(" (route PMK via BBL, ongeveer 18 maanden)");
    expect(routeSummary(route, false)).toBe(" (ongeveer 18 maanden)");
    expect(routeSummary(null, true)).toBe("");
  });

  it("tells draft, signed, co-signed and observation apart", () => {
    expect(ratingState(evidence())).toBe("draft");
    expect(ratingState(evidence({ signedAt: "2026-10-01T10:00:00.000Z" }))).toBe("signed");
    expect(
      ratingState(evidence({ signedAt: "2026-10-01T10:00:00.000Z", coSignedAt: "2026-10-02T10:00:00.000Z" })),
    ).toBe("cosigned");
    expect(ratingState(evidence({ kind: "PRACTICE_OBSERVATION" }))).toBe("observation");
  });

  it("takes the live rating, skipping observations and superseded ratings", () => {
    const old = evidence({ id: "old", superseded: true, signedAt: "x" });
    const correction = evidence({ id: "new", supersedesId: "old", signedAt: "y", result: "NOT_YET" });
    const observation = evidence({ id: "obs", kind: "PRACTICE_OBSERVATION" });
    expect(currentRating(workProcess([observation, correction, old]))?.id).toBe("new");
    expect(currentRating(workProcess([observation]))).toBeNull();
  });

  it("counts only signed mastered ratings as progress", () => {
    const tasks = [
      {
        code: "B1-K1",
        title: "Kerntaak",
        workProcesses: [
          workProcess([evidence({ signedAt: "x" })]),
          workProcess([evidence()]),
          workProcess([evidence({ signedAt: "x", result: "NOT_YET" })]),
          workProcess([]),
        ].map((wp, i) => ({ ...wp, id: `wp-${i}` })),
      },
    ];
    expect(progressPerCoreTask(tasks, null)).toEqual([
      { code: "B1-K1", title: "Kerntaak", mastered: 1, total: 4 },
    ]);
  });

  it("counts progress over every step of the route, each kerntaak and werkproces once", () => {
    const rated = { ...workProcess([evidence({ signedAt: "x" })]), id: "wp-1" };
    const tasks = [{ code: "B1-K1", title: "Kerntaak 1", workProcesses: [rated] }];
    const task = (code: string, ids: string[]) => ({
      code,
      title: `Kerntaak ${code}`,
      workProcesses: ids.map((id) => ({ id })),
    });
    // Three certificates; the second shares a kerntaak and a werkproces with the first.
    const route = {
      steps: [
        { coreTasks: [task("B1-K1", ["wp-1", "wp-2"])] },
        { coreTasks: [task("B1-K1", ["wp-2", "wp-3"]), task("B1-K2", ["wp-4"])] },
        { coreTasks: [task("B1-K3", ["wp-5", "wp-6"])] },
      ],
    };
    expect(progressPerCoreTask(tasks, route)).toEqual([
      { code: "B1-K1", title: "Kerntaak B1-K1", mastered: 1, total: 3 },
      { code: "B1-K2", title: "Kerntaak B1-K2", mastered: 0, total: 1 },
      { code: "B1-K3", title: "Kerntaak B1-K3", mastered: 0, total: 2 },
    ]);
  });

  it("splits and counts", () => {
    expect(parseList(" vmbo-basis\nEHBO; \n")).toEqual(["vmbo-basis", "EHBO"]);
    expect(
      reviewDates([
        { date: "2026-09-30", title: "Stap 8 afgerond: Herhaal" },
        { date: "2026-01-01", title: "Ontwikkelpad gestart" },
      ]),
    ).toEqual(["2026-09-30"]);
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
  });
});
