import { describe, expect, it } from "vitest";
import {
  goalCredential,
  pathEndReason,
  type IssuedCredentialFacts,
  type PathEndReason,
  type PathGoalFacts,
  type PathLeaving,
} from "./path-outcome.ts";

const path: PathGoalFacts = { goalCredentialId: "C0125", startedOn: "2026-01-10" };
const issued = (credentialId: string, issuedOn: string, superseded = false): IssuedCredentialFacts => ({
  id: `${credentialId}-${issuedOn}`,
  credentialId,
  issuedOn,
  superseded,
});
const asOf = "2026-06-30";

describe("goalCredential", () => {
  it.each<[string, PathGoalFacts, IssuedCredentialFacts[], string | null]>([
    ["nothing issued", path, [], null],
    ["another credential", path, [issued("praktijkverklaring-groepshulp", "2026-03-01")], null],
    ["the goal credential", path, [issued("C0125", "2026-05-01")], "C0125-2026-05-01"],
    ["held before the path started", path, [issued("C0125", "2025-05-01")], "C0125-2025-05-01"],
    ["issued after asOf", path, [issued("C0125", "2026-07-01")], null],
    ["replaced by a correction", path, [issued("C0125", "2026-05-01", true)], null],
    [
      "the earliest valid one",
      path,
      [issued("C0125", "2026-05-01", true), issued("C0125", "2026-06-01"), issued("C0125", "2026-04-01")],
      "C0125-2026-04-01",
    ],
    [
      "a path without a goal credential",
      { ...path, goalCredentialId: null },
      [issued("C0125", "2026-05-01")],
      null,
    ],
  ])("%s", (_, facts, credentials, expected) => {
    expect(goalCredential(facts, credentials, asOf)?.id ?? null).toBe(expected);
  });
});

describe("pathEndReason", () => {
  it.each<[string, IssuedCredentialFacts[], PathLeaving, PathEndReason]>([
    ["leaves with nothing", [], "LEFT", "STOPPED_WITHOUT_RESULT"],
    [
      "leaves after her praktijkverklaring",
      [issued("praktijkverklaring-groepshulp", "2026-03-01")],
      "LEFT",
      "LEFT_WITH_RESULT",
    ],
    [
      "a credential from before the path is no result of it",
      [issued("praktijkverklaring-groepshulp", "2025-03-01")],
      "LEFT",
      "STOPPED_WITHOUT_RESULT",
    ],
    [
      "a corrected-away credential is no result",
      [issued("praktijkverklaring-groepshulp", "2026-03-01", true)],
      "LEFT",
      "STOPPED_WITHOUT_RESULT",
    ],
    ["the goal met: completed, even when leaving", [issued("C0125", "2026-05-01")], "LEFT", "COMPLETED"],
    [
      "moves to another employer",
      [issued("praktijkverklaring-groepshulp", "2026-03-01")],
      "MOVED_EMPLOYER",
      "MOVED_EMPLOYER",
    ],
    ["moves with the goal met: completed", [issued("C0125", "2026-05-01")], "MOVED_EMPLOYER", "COMPLETED"],
  ])("%s", (_, credentials, leaving, expected) => {
    expect(pathEndReason(path, credentials, leaving, asOf)).toBe(expected);
  });
});
