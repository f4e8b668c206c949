import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "./childcare/index.ts";
import { findCredential, listCredentials } from "./lookup.ts";

describe("credential lookup", () => {
  it("lists every qualification, certificate and praktijkverklaring once, diplomas first", () => {
    const all = listCredentials(catalog);
    expect(all).toHaveLength(
      catalog.qualifications.length +
        catalog.certificates.length +
        catalog.praktijkverklaringTemplates.length,
    );
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all[0]!.kind).toBe("DIPLOMA");
    expect(all.at(-1)!.kind).toBe("PRAKTIJKVERKLARING");
  });

  it("finds each kind by id with its title, code and werkprocessen", () => {
    const q = catalog.qualifications[0]!;
    expect(findCredential(catalog, q.id)).toMatchObject({
      kind: "DIPLOMA",
      title: q.title,
      code: q.crebo,
      workProcessIds: q.workProcessIds,
    });
    const c = catalog.certificates[0]!;
    expect(findCredential(catalog, c.id)).toMatchObject({ kind: "CERTIFICATE", code: c.code });
    const t = catalog.praktijkverklaringTemplates[0]!;
    expect(findCredential(catalog, t.id)).toMatchObject({
      kind: "PRAKTIJKVERKLARING",
      code: null,
      workProcessIds: t.recommendedWorkProcessIds,
    });
  });

  it("returns undefined for an id the catalog does not know", () => {
    expect(findCredential(catalog, "bestaat-niet")).toBeUndefined();
  });
});
