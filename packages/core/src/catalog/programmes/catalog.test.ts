import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../childcare/index.ts";
import { primaryEducationCatalog } from "../primary-education/index.ts";
import { programmeCatalogSchema } from "../programme-schema.ts";
import { programmeCatalog as catalog } from "./index.ts";

describe("the programme catalog", () => {
  it("matches its schema, with unique ids", () => {
    expect(programmeCatalogSchema.safeParse(catalog).success).toBe(true);
    for (const ids of [
      catalog.programmes.map((p) => p.id),
      catalog.competenceFramework.competences.map((c) => c.id),
    ])
      expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds mbo and hbo programmes of at least three professions", () => {
    const levels = new Set(catalog.programmes.map((p) => p.level));
    expect(levels).toContain("mbo");
    expect(levels).toContain("hbo-bachelor");
    expect(catalog.programmes.length).toBeGreaterThanOrEqual(3);
  });

  it("names for every mbo programme a qualification of a sector catalog, with the same crebo", () => {
    const qualifications = [...childcareCatalog.qualifications, ...primaryEducationCatalog.qualifications];
    for (const programme of catalog.programmes) {
      if (programme.level !== "mbo") continue;
      const q = qualifications.find((x) => x.id === programme.qualificationId);
      expect({ id: programme.id, crebo: q?.crebo, niveau: q?.niveau }).toEqual({
        id: programme.id,
        crebo: programme.crebo,
        niveau: programme.niveau,
      });
    }
  });

  it("asks an mbo programme for its crebo and an hbo programme for a CROHO code or none", () => {
    const programme = programmeCatalogSchema.shape.programmes.element;
    const hbo = {
      level: "hbo-bachelor",
      id: "x",
      title: "X",
      croho: null,
      source: "s",
      confidence: "inferred",
    };
    expect(programme.safeParse(hbo).success).toBe(true);
    expect(programme.safeParse({ ...hbo, croho: "3480" }).success).toBe(false);
    expect(programme.safeParse({ ...hbo, level: "mbo", niveau: 3, qualificationId: "q" }).success).toBe(
      false,
    );
  });

  it("sets a source and a confidence on the framework and every competence", () => {
    for (const entry of [
      catalog.competenceFramework,
      ...catalog.competenceFramework.competences,
      ...catalog.programmes,
    ]) {
      expect(entry.source.length).toBeGreaterThan(0);
      expect(["confirmed", "inferred", "unconfirmed"]).toContain(entry.confidence);
    }
  });
});
