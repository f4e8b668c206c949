import { describe, expect, it } from "vitest";
import { applyFormErrors, formatAge, formatAgeRange, formatEuro, formatNumber, formatQuarter, isAnswerable, parseWholeNumber, projectionRows, refusalMessage, wholeNumber } from "./employer-format.ts";

function trpcError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

/** Spaces as Intl writes them (a no-break space after €) made plain, so the expectations stay readable. */
const plain = (s: string) => s.replace(/\s/g, " ");

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

  it("shows euros and numbers the Dutch way", () => {
    expect(plain(formatEuro(3000))).toBe("€ 3.000");
    expect(plain(formatEuro(1250.5))).toBe("€ 1.250,50");
    expect(formatEuro(null)).toBe("—");
    expect(formatNumber(24.5)).toBe("24,5");
    expect(formatNumber(null)).toBe("—");
  });

  it("names quarters and builds the projection rows", () => {
    expect(formatQuarter("2027-K1")).toBe("K1 2027");
    expect(formatQuarter("later")).toBe("later");
    expect(projectionRows({ required: 3, projection: [{ quarter: "2027-K1", qualified: 2, shortfall: 1 }] })).toEqual([
      { quarter: "2027-K1", label: "K1 2027", qualified: 2, required: 3, shortfall: 1 },
    ]);
  });

  it("parses whole numbers only", () => {
    expect(parseWholeNumber(" 12 ")).toBe(12);
    expect(parseWholeNumber("1,5")).toBeNaN();
    expect(parseWholeNumber("")).toBeNaN();
    expect(wholeNumber("Vul een getal in.")("3")).toBe(true);
    expect(wholeNumber("Vul een getal in.")("drie")).toBe("Vul een getal in.");
  });

  it("knows which referrals can still be answered", () => {
    expect(isAnswerable("PROPOSED")).toBe(true);
    expect(isAnswerable("INTRODUCED")).toBe(true);
    expect(isAnswerable("HIRED")).toBe(false);
  });

  it("shows the server's refusal, also when it comes as BAD_REQUEST", () => {
    expect(refusalMessage(trpcError("Deze vacature is al gesloten.", { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: null }))).toBe("Deze vacature is al gesloten.");
    expect(refusalMessage(trpcError("Alleen een beheerder van de organisatie kan dit wijzigen.", { code: "FORBIDDEN", httpStatus: 403 }))).toBe(
      "Alleen een beheerder van de organisatie kan dit wijzigen.",
    );
    expect(refusalMessage(trpcError('[{"code":"invalid_type"}]', { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: null }))).not.toContain("invalid_type");
  });

  it("puts field errors on their fields and returns the rest", () => {
    const set: [string, string][] = [];
    const setError = ((name: string, error: { message?: string }) => set.push([name, error.message ?? ""])) as never;
    const error = trpcError("[]", { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { lrkNumber: "Een LRK-nummer bestaat uit 9 cijfers." } });
    expect(applyFormErrors(error, setError, ["lrkNumber"])).toBeNull();
    expect(set).toEqual([["lrkNumber", "Een LRK-nummer bestaat uit 9 cijfers."]]);
    expect(applyFormErrors(trpcError("De einddatum ligt voor de startdatum.", { code: "BAD_REQUEST", httpStatus: 400 }), setError, [])).toBe("De einddatum ligt voor de startdatum.");
  });
});
