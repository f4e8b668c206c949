import { describe, expect, it } from "vitest";
import {
  formatAmountUpTo,
  formatCents,
  formatCodeTitle,
  formatDate,
  formatDurationMonths,
  formatEuro,
  formatPeriod,
  titleWithLearningRoute,
} from "./format.ts";

describe("formatDate", () => {
  it.each([
    ["2026-03-01", "1-3-2026"],
    ["2027-01-04", "4-1-2027"],
    ["2026-12-31", "31-12-2026"],
    [null, "—"],
  ])("%s → %s (d-m-jjjj)", (iso, shown) => expect(formatDate(iso)).toBe(shown));
});

describe("formatPeriod", () => {
  it.each([
    ["2027-Q1", "K1 2027"],
    ["2027-K1", "K1 2027"],
    ["2026-Q4", "K4 2026"],
    ["2026-01", "januari 2026"],
    ["2026-10", "oktober 2026"],
    ["2026-12", "december 2026"],
  ])("%s → %s (a quarter as K1 2027, a month by name)", (period, shown) =>
    expect(formatPeriod(period)).toBe(shown),
  );
});

describe("formatDurationMonths", () => {
  it.each([
    [1, "ongeveer 1 maand"],
    [18, "ongeveer 18 maanden"],
    [23.6, "ongeveer 24 maanden"],
  ])("%s → %s", (months, shown) => expect(formatDurationMonths(months)).toBe(shown));
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

describe("formatAmountUpTo", () => {
  it.each([
    [2700, "tot € 2.700"],
    [0, "Geen bedrag"],
    [null, "Geen bedrag"],
  ])("%s → %s (never € 0)", (amount, shown) => expect(plain(formatAmountUpTo(amount))).toBe(shown));
});

describe("titleWithLearningRoute", () => {
  it.each([
    ["Onderwijsassistent", "BBL", "Onderwijsassistent (BBL)"],
    ["Onderwijsassistent (BBL)", "BBL", "Onderwijsassistent (BBL)"],
    ["PMK via derde leerweg", "DERDE_LEERWEG", "PMK via derde leerweg"],
    [
      "Pedagogisch medewerker kinderopvang",
      "DERDE_LEERWEG",
      "Pedagogisch medewerker kinderopvang (Derde leerweg)",
    ],
  ] as const)("%s in %s → %s (the leerweg once)", (title, route, shown) =>
    expect(titleWithLearningRoute(title, route)).toBe(shown),
  );
});

describe("formatCodeTitle: a code never stands alone", () => {
  it.each([
    [
      { code: "B1-K1-W7", title: "Zorgt voor een veilig pedagogisch klimaat" },
      "B1-K1-W7 Zorgt voor een veilig pedagogisch klimaat",
    ],
    [
      { code: "25696", title: "Pedagogisch medewerker kinderopvang" },
      "25696 Pedagogisch medewerker kinderopvang",
    ],
    [
      { code: null, title: "Praktijkverklaring Helpende zorg en welzijn" },
      "Praktijkverklaring Helpende zorg en welzijn",
    ],
  ])("%o → %s", (entry, shown) => expect(formatCodeTitle(entry)).toBe(shown));
});
