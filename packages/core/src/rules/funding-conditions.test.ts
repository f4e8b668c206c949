import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { describeFundingCondition } from "./funding.ts";

describe("describeFundingCondition", () => {
  it("says each condition of the catalog's instruments in a Dutch sentence", () => {
    const sentences = childcareCatalog.fundingInstruments.flatMap((i) =>
      i.conditions.map((c) => describeFundingCondition(c, childcareCatalog)),
    );
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/^[A-ZÉ].*\.$/);
  });

  it("writes dates the Dutch way and names the leerwegen", () => {
    expect(
      describeFundingCondition(
        {
          kind: "trainingStartedInWindow",
          learningRoutes: ["BBL", "DERDE_LEERWEG"],
          from: "2024-08-01",
          until: "2026-07-31",
        },
        childcareCatalog,
      ),
    ).toBe("Opleiding (BBL of derde leerweg) gestart tussen 1-8-2024 en 31-7-2026.");
    expect(describeFundingCondition({ kind: "maxPerOrganizationPerYear", max: 3 }, childcareCatalog)).toBe(
      "Hoogstens 3 toekenningen per organisatie per jaar.",
    );
  });

  it("names an instrument that must be granted first by its title, never by its id", () => {
    expect(
      describeFundingCondition(
        { kind: "grantedInstrument", instrumentId: "praktijkleren-derde-leerweg" },
        childcareCatalog,
      ),
    ).toBe("Eerst toegekend: Subsidieregeling praktijkleren (derde leerweg).");
  });
});
