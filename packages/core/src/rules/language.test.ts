import { describe, expect, it } from "vitest";
import { mondelingLevel, RECORDED_LANGUAGE_LEVELS, type RecordedLanguageLevel } from "./language.ts";
import type { LanguageLevel } from "../catalog/schema.ts";

describe("the mondeling level a recorded level counts as", () => {
  it.each<[RecordedLanguageLevel, LanguageLevel]>([
    ["1F", "1F"],
    ["2F", "2F"],
    ["3F", "3F"],
    ["4F", "4F"],
    ["B2", "3F"],
  ])("%s counts as %s", (recorded, level) => {
    expect(mondelingLevel(recorded)).toBe(level);
  });

  it("lets an employer record 1F–4F and B2, nothing else", () => {
    expect(RECORDED_LANGUAGE_LEVELS).toEqual(["1F", "2F", "3F", "4F", "B2"]);
  });
});
