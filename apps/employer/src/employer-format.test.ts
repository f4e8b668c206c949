import { describe, expect, it } from "vitest";
import {
  formatAge,
  formatAgeRange,
  formatNumber,
  parseWholeNumber,
  projectionRows,
  wholeNumber,
} from "./employer-format.ts";

describe("employer formatting", () => {
  it("shows ages in years and months", () => {
    expect(formatAge(0)).toBe("0 maanden");
    expect(formatAge(1)).toBe("1 maand");
    expect(formatAge(12)).toBe("1 jaar");
    expect(formatAge(18)).toBe("1 jaar en 6 maanden");
    expect(formatAgeRange(0, 12)).toBe("0–1 jaar");
    expect(formatAgeRange(48, 156)).toBe("4–13 jaar");
    expect(formatAgeRange(6, 30)).toBe("6 maanden – 2 jaar en 6 maanden");
  });

  it("shows numbers the Dutch way", () => {
    expect(formatNumber(24.5)).toBe("24,5");
    expect(formatNumber(null)).toBe("—");
  });

  it("builds the projection rows with each quarter's name", () => {
    expect(
      projectionRows({ required: 3, projection: [{ quarter: "2027-K1", qualified: 2, shortfall: 1 }] }),
    ).toEqual([{ quarter: "2027-K1", label: "K1 2027", qualified: 2, required: 3, shortfall: 1 }]);
  });

  it("parses whole numbers only", () => {
    expect(parseWholeNumber(" 12 ")).toBe(12);
    expect(parseWholeNumber("1,5")).toBeNaN();
    expect(parseWholeNumber("")).toBeNaN();
    expect(wholeNumber("Vul een getal in.")("3")).toBe(true);
    expect(wholeNumber("Vul een getal in.")("drie")).toBe("Vul een getal in.");
  });
});
