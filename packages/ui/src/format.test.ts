import { describe, expect, it } from "vitest";
import { formatDate } from "./format.ts";

describe("formatDate", () => {
  it("writes an ISO date the Dutch way", () => expect(formatDate("2026-03-01")).toBe("1-3-2026"));
  it("shows a dash for no date", () => expect(formatDate(null)).toBe("—"));
});
