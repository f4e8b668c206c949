import { describe, expect, it } from "vitest";
import { formatCents, formatDate, formatEuro } from "./format.ts";

describe("formatDate", () => {
  it("writes an ISO date the Dutch way", () => expect(formatDate("2026-03-01")).toBe("1-3-2026"));
  it("shows a dash for no date", () => expect(formatDate(null)).toBe("—"));
});

/** Spaces as Intl writes them (a no-break space after €) made plain, so the expectations stay readable. */
const plain = (s: string) => s.replace(/\s/g, " ");

describe("formatEuro", () => {
  it("writes whole euros without cents", () => expect(plain(formatEuro(3000))).toBe("€ 3.000"));
  it("writes cents when there are any", () => expect(plain(formatEuro(1250.5))).toBe("€ 1.250,50"));
  it("shows a dash for no amount", () => expect(formatEuro(null)).toBe("—"));
  it("writes a price in cents the same way", () => {
    expect(plain(formatCents(125050))).toBe("€ 1.250,50");
    expect(plain(formatCents(49500))).toBe("€ 495");
    expect(formatCents(null)).toBe("—");
  });
});
