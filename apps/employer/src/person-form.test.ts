import { formatDate } from "@ontwikkelpad/ui";
import { describe, expect, it } from "vitest";
import {
  emptyPersonForm,
  localIsoDate,
  parseHours,
  personFormFrom,
  toCreatePersonInput,
  toUpdatePersonInput,
} from "./person-form.ts";

describe("person form", () => {
  it("turns the form into the create input, leaving empty optional fields out", () => {
    const values = {
      ...emptyPersonForm(new Date(2026, 2, 1)),
      givenName: " Sanne ",
      familyName: "Bakker",
      functionId: "groepshulp",
      hoursPerWeek: "24,5",
    };
    expect(toCreatePersonInput(values)).toEqual({
      kind: "STAFF",
      givenName: "Sanne",
      familyName: "Bakker",
      functionId: "groepshulp",
      hoursPerWeek: 24.5,
      contractStart: "2026-03-01",
    });
    expect(
      toCreatePersonInput({ ...values, email: "s@example.org", contractEnd: "2027-01-01" }),
    ).toMatchObject({ email: "s@example.org", contractEnd: "2027-01-01" });
    expect(toCreatePersonInput({ ...values, locationId: "loc-1" })).toMatchObject({ locationId: "loc-1" });
  });

  it("fills the edit form with what is stored and turns it back into the update input", () => {
    const stored = {
      kind: "STAFF" as const,
      givenName: "Sanne",
      familyName: "Bakker",
      email: null,
      employment: {
        functionId: "groepshulp",
        locationId: "loc-1",
        hoursPerWeek: 24.5,
        contractStart: "2026-03-01",
        contractEnd: null,
      },
    };
    const values = personFormFrom(stored);
    expect(values).toMatchObject({ email: "", locationId: "loc-1", hoursPerWeek: "24,5", contractEnd: "" });
    expect(toUpdatePersonInput("p-1", values)).toEqual({
      personId: "p-1",
      givenName: "Sanne",
      familyName: "Bakker",
      functionId: "groepshulp",
      locationId: "loc-1",
      hoursPerWeek: 24.5,
      contractStart: "2026-03-01",
    });
    expect(toUpdatePersonInput("p-1", { ...values, locationId: "" })).not.toHaveProperty("locationId");
  });

  it("starts an edit form without employment at today's contract date", () => {
    expect(
      personFormFrom(
        { kind: "CANDIDATE", givenName: "A", familyName: "B", email: "a@example.org", employment: null },
        new Date(2026, 0, 5),
      ),
    ).toMatchObject({
      kind: "CANDIDATE",
      email: "a@example.org",
      functionId: "",
      contractStart: "2026-01-05",
    });
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
