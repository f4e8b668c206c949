import { describe, expect, it } from "vitest";
import { emptyPersonForm, formatDate, localIsoDate, parseHours, toCreatePersonInput } from "./person-form.ts";

describe("person form", () => {
  it("turns the form into the create input, leaving empty optional fields out", () => {
    const values = { ...emptyPersonForm(new Date(2026, 2, 1)), givenName: " Sanne ", familyName: "Bakker", functionId: "groepshulp", hoursPerWeek: "24,5" };
    expect(toCreatePersonInput(values)).toEqual({ kind: "STAFF", givenName: "Sanne", familyName: "Bakker", functionId: "groepshulp", hoursPerWeek: 24.5, contractStart: "2026-03-01" });
    expect(toCreatePersonInput({ ...values, email: "s@example.org", contractEnd: "2027-01-01" })).toMatchObject({ email: "s@example.org", contractEnd: "2027-01-01" });
  });

  it("parses Dutch and English decimals and nothing else", () => {
    expect(parseHours("32")).toBe(32);
    expect(parseHours(" 12.5 ")).toBe(12.5);
    expect(parseHours("")).toBeNaN();
    expect(parseHours("1e3")).toBeNaN();
  });

  it("formats dates the Dutch way", () => {
    expect(localIsoDate(new Date(2026, 11, 9))).toBe("2026-12-09");
    expect(formatDate("2026-03-01")).toBe("1-3-2026");
    expect(formatDate(null)).toBe("—");
  });
});
