import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { primaryEducationCatalog } from "../catalog/primary-education/index.ts";
import type { Catalog } from "../catalog/schema.ts";
import { DuplicateEvidenceError, FutureEvidenceError, UnknownReferenceError } from "../errors.ts";
import { evaluateCredentialEligibility } from "./eligibility.ts";
import { planDevelopmentPath } from "./plan.ts";
import { parseProfile, type PersonProfileInput } from "./profile.ts";

type EvidenceInput = NonNullable<PersonProfileInput["evidence"]>[number];

const TODAY = "2026-11-23";
// One werkproces both catalogs hold, one only childcare holds.
const SHARED = "pedagogisch-werk-2021:B1-K1-W1";
const CHILDCARE_ONLY = "helpende-zorg-en-welzijn-2020:B1-K1-W1";

const exam = (id: string, workProcessId: string, date: string): EvidenceInput => ({
  id,
  workProcessId,
  kind: "FORMAL_EXAM",
  result: "PASSED",
  date,
});

/** A rule's answer, or the error it gave: what a caller sees either way. */
function outcome(ask: () => unknown) {
  try {
    return { answer: ask() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

describe("parseProfile checks an evidence list once and again when anything it checked changed", () => {
  it("checks the same list again for an earlier date", () => {
    const profile = { evidence: [exam("e1", SHARED, "2026-10-01")] };
    expect(parseProfile(childcareCatalog, profile, TODAY).evidence).toHaveLength(1);
    expect(() => parseProfile(childcareCatalog, profile, "2026-09-30")).toThrow(FutureEvidenceError);
  });

  it("checks the same list again against another catalog", () => {
    const profile = { evidence: [exam("e1", CHILDCARE_ONLY, "2026-10-01")] };
    expect(parseProfile(childcareCatalog, profile, TODAY).evidence).toHaveLength(1);
    expect(() => parseProfile(primaryEducationCatalog, profile, TODAY)).toThrow(UnknownReferenceError);
  });

  it.each([
    ["a record added", (list: EvidenceInput[]) => list.push(exam("e1", SHARED, "2026-03-01"))],
    ["a record replaced", (list: EvidenceInput[]) => (list[1] = exam("e1", SHARED, "2026-03-01"))],
    ["a record removed and another added", (list: EvidenceInput[]) => list.splice(0, 1, list[1]!)],
  ])("checks a list changed in place again: %s", (_, change) => {
    const profile = { evidence: [exam("e1", SHARED, "2026-10-01"), exam("e2", SHARED, "2026-10-02")] };
    expect(parseProfile(childcareCatalog, profile, TODAY).evidence).toHaveLength(2);
    change(profile.evidence);
    expect(() => parseProfile(childcareCatalog, profile, TODAY)).toThrow(DuplicateEvidenceError);
  });

  it("gives the checked list that later calls share frozen, so that no answer or caller can change it", () => {
    const profile = { evidence: [exam("e1", SHARED, "2026-10-01")] };
    const parsed = parseProfile(childcareCatalog, profile, TODAY);
    expect(parseProfile(childcareCatalog, profile, TODAY).evidence).toBe(parsed.evidence);
    expect(() => parsed.evidence.push(exam("e2", SHARED, "2026-10-01") as never)).toThrow(TypeError);
  });

  it("checks a list again after another list was checked in between", () => {
    const first = { evidence: [exam("e1", SHARED, "2026-10-01")] };
    const second = { evidence: [exam("e1", SHARED, "2026-10-01")] };
    parseProfile(childcareCatalog, first, TODAY);
    parseProfile(childcareCatalog, second, TODAY);
    first.evidence.push(exam("e1", SHARED, "2026-10-02"));
    expect(() => parseProfile(childcareCatalog, first, TODAY)).toThrow(DuplicateEvidenceError);
  });

  it("answers a list asked about again, changed in place in between, as it answers a fresh copy", () => {
    const catalogs: Catalog[] = [childcareCatalog, primaryEducationCatalog];
    const workProcessIds = childcareCatalog.workProcesses.map((w) => w.id);
    const record = fc
      .record({
        id: fc.constantFrom("e1", "e2", "e3", "e4", "e5", "e6"),
        workProcessId: fc.constantFrom(...workProcessIds),
        kind: fc.constantFrom("PRACTICE_ASSESSMENT" as const, "FORMAL_EXAM" as const),
        date: fc.constantFrom("2025-01-10", "2026-03-01", "2026-10-01", "2026-12-01"),
      })
      .map((e): EvidenceInput =>
        e.kind === "PRACTICE_ASSESSMENT"
          ? { ...e, result: "MASTERED", signing: "CO_SIGNED" }
          : { ...e, result: "PASSED" },
      );
    const change = fc.oneof(
      fc.record({ kind: fc.constant("push" as const), record }),
      fc.record({ kind: fc.constant("replace" as const), at: fc.nat(8), record }),
      fc.record({ kind: fc.constant("remove" as const), at: fc.nat(8) }),
      fc.record({ kind: fc.constant("none" as const) }),
    );
    const question = fc.record({
      change,
      catalog: fc.nat(catalogs.length - 1),
      asOf: fc.constantFrom("2026-06-30", "2026-11-01", TODAY),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 6 }),
        fc.array(question, { maxLength: 6 }),
        (records, asked) => {
          // A copy: the list is changed in place, and fast-check reuses what it generated when it shrinks.
          const list = records.slice();
          const profile = {
            languageLevels: { mondeling: "2F" as const },
            vogRegistered: true,
            evidence: list,
          };
          for (const { change, catalog: which, asOf } of asked) {
            if (change.kind === "push") list.push(change.record);
            else if (change.kind === "replace" && list.length > 0)
              list[change.at % list.length] = change.record;
            else if (change.kind === "remove" && list.length > 0) list.splice(change.at % list.length, 1);
            const catalog = catalogs[which]!;
            const fresh = structuredClone(profile);
            const goal = { kind: "function" as const, functionId: "pedagogisch-medewerker" };
            // Asked right after the change (the list was the last one checked), then after a fresh copy
            // was checked in between: both as the fresh copy is answered.
            const ask = (p: PersonProfileInput) =>
              catalog === childcareCatalog
                ? [
                    outcome(() => planDevelopmentPath(catalog, p, goal, asOf)),
                    outcome(() => evaluateCredentialEligibility(catalog, p, asOf)),
                  ]
                : [outcome(() => evaluateCredentialEligibility(catalog, p, asOf))];
            const afterChange = ask(profile);
            const expected = ask(fresh);
            expect(afterChange).toEqual(expected);
            expect(ask(profile)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
