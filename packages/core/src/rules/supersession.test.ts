import { describe, expect, it } from "vitest";
import { currentRecords, type CorrectableRecord } from "./supersession.ts";

describe("a correction replaces what it corrects", () => {
  it.each<[string, (CorrectableRecord & { id: string })[], string[]]>([
    [
      "nothing corrected",
      [
        { id: "a", supersedesId: null },
        { id: "b", supersedesId: null },
      ],
      ["a", "b"],
    ],
    [
      "a correction naming what it corrects",
      [
        { id: "a", supersedesId: null },
        { id: "b", supersedesId: "a" },
      ],
      ["b"],
    ],
    [
      "a chain of corrections: only the last counts",
      [
        { id: "a", supersedesId: null },
        { id: "b", supersedesId: "a" },
        { id: "c", supersedesId: "b" },
      ],
      ["c"],
    ],
    [
      "the correction listed before what it corrects",
      [
        { id: "b", supersedesId: "a" },
        { id: "a", supersedesId: null },
      ],
      ["b"],
    ],
    [
      "a correction of a record outside the list",
      [
        { id: "b", supersedesId: "elsewhere" },
        { id: "a", supersedesId: null },
      ],
      ["b", "a"],
    ],
    [
      "a corrected record naming its correction",
      [
        { id: "a", supersededById: "b" },
        { id: "b", supersededById: null },
      ],
      ["b"],
    ],
    [
      "a corrected record whose correction is not in the list",
      [
        { id: "a", supersededById: "elsewhere" },
        { id: "c", supersededById: null },
      ],
      ["c"],
    ],
  ])("%s", (_, records, expected) => {
    expect(currentRecords(records).map((r) => r.id)).toEqual(expected);
  });

  it("keeps records without an id unless they name their correction", () => {
    const results = [{ supersededById: null }, { supersededById: "x" }, {}];
    expect(currentRecords(results)).toEqual([{ supersededById: null }, {}]);
  });

  it("returns the records themselves, with every field", () => {
    const row = { id: "a", supersedesId: null, hours: 8 };
    expect(currentRecords([row])[0]).toBe(row);
  });
});
