import { describe, expect, it } from "vitest";
import { REVIEW_NOTICE_DAYS, reviewNotice, reviewNoticeUntil } from "./review-notice.ts";

const AS_OF = "2026-11-23";

describe("reviewNotice", () => {
  it.each([
    ["no review date", null, null],
    ["a review 15 days ahead", "2026-12-08", null],
    ["a review exactly 14 days ahead", "2026-12-07", "due"],
    ["a review next week", "2026-11-30", "due"],
    ["a review today", "2026-11-23", "due"],
    ["a review yesterday", "2026-11-22", "overdue"],
    ["a review a year ago", "2025-11-23", "overdue"],
  ] as const)("%s is %s", (_, reviewOn, expected) => {
    expect(reviewNotice(reviewOn, AS_OF)).toBe(expected);
  });

  it("counts 14 days ahead, across a month's and a year's end", () => {
    expect(REVIEW_NOTICE_DAYS).toBe(14);
    expect(reviewNoticeUntil("2026-12-25")).toBe("2027-01-08");
    expect(reviewNoticeUntil("2026-02-20")).toBe("2026-03-06");
  });
});
