import { describe, expect, it } from "vitest";
import { catalogSchema } from "../schema.ts";
import { childcareCatalog as catalog } from "./index.ts";
import type { Requirement } from "../schema.ts";

function referencedIds(req: Requirement): { qualifications: string[]; certificates: string[] } {
  switch (req.kind) {
    case "allOf":
    case "anyOf": {
      const parts = req.of.map(referencedIds);
      return {
        qualifications: parts.flatMap((p) => p.qualifications),
        certificates: parts.flatMap((p) => p.certificates),
      };
    }
    case "diploma":
      return { qualifications: req.qualificationIds, certificates: [] };
    case "diplomaWithProof":
      return { qualifications: req.qualificationIds, certificates: req.proofCertificateIds };
    case "certificate":
      return { qualifications: [], certificates: [req.certificateId] };
    default:
      return { qualifications: [], certificates: [] };
  }
}

describe("childcare catalog", () => {
  it("matches the catalog schema", () => {
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
  });

  it("has unique ids in every collection", () => {
    for (const items of [
      catalog.workProcesses,
      catalog.qualifications,
      catalog.certificates,
      catalog.praktijkverklaringTemplates,
      catalog.functions,
      catalog.fundingInstruments,
      catalog.dossierVersions,
    ]) {
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("sets a source and a confidence on every entry", () => {
    const entries = [
      ...catalog.workProcesses,
      ...catalog.qualifications,
      ...catalog.certificates,
      ...catalog.praktijkverklaringTemplates,
      ...catalog.functions,
      ...catalog.fundingInstruments,
      ...catalog.ratioRules,
    ];
    for (const entry of [...entries, ...catalog.functions.map((f) => f.worksWithChildren)]) {
      expect(entry.source.length).toBeGreaterThan(0);
      expect(["confirmed", "inferred", "unconfirmed"]).toContain(entry.confidence);
    }
  });

  it("refers only to ids that exist", () => {
    const wp = new Set(catalog.workProcesses.map((w) => w.id));
    const qualifications = new Set(catalog.qualifications.map((q) => q.id));
    const certificates = new Set(catalog.certificates.map((c) => c.id));
    const dossiers = new Set(catalog.dossierVersions.map((d) => d.id));
    for (const w of catalog.workProcesses) {
      expect(dossiers).toContain(w.dossierVersionId);
      const dossier = catalog.dossierVersions.find((d) => d.id === w.dossierVersionId)!;
      expect(dossier.coreTasks.map((t) => t.code)).toContain(w.coreTaskCode);
    }
    for (const q of catalog.qualifications) {
      expect(dossiers).toContain(q.dossierVersionId);
      q.workProcessIds.forEach((id) => expect(wp).toContain(id));
    }
    for (const t of catalog.praktijkverklaringTemplates) expect(qualifications).toContain(t.qualificationId);
    for (const f of catalog.functions) {
      const refs = referencedIds(f.requirement);
      refs.qualifications.forEach((id) => expect(qualifications).toContain(id));
      refs.certificates.forEach((id) => expect(certificates).toContain(id));
    }
    const prerequisites = catalog.fundingInstruments.flatMap((i) =>
      i.conditions.flatMap((c) => (c.kind === "grantedInstrument" ? [c.instrumentId] : [])),
    );
    expect(prerequisites.length).toBeGreaterThan(0);
    prerequisites.forEach((id) => expect(catalog.fundingInstruments.map((x) => x.id)).toContain(id));
  });

  it("leaves the Personenregister out of function expressions: core adds it where a function works with children", () => {
    const kinds = (req: Requirement): string[] =>
      req.kind === "allOf" || req.kind === "anyOf" ? req.of.flatMap(kinds) : [req.kind];
    const listing = catalog.functions.filter((f) => kinds(f.requirement).includes("vogRegistration"));
    expect(listing.map((f) => f.id)).toEqual([]);
  });

  it("keeps each certificate's and template's werkprocessen inside its qualification", () => {
    for (const cert of catalog.certificates) {
      const q = catalog.qualifications.find((x) => x.id === cert.qualificationId)!;
      cert.workProcessIds.forEach((id) => expect(q.workProcessIds, `${cert.id} ${id}`).toContain(id));
    }
    for (const t of catalog.praktijkverklaringTemplates) {
      const q = catalog.qualifications.find((x) => x.id === t.qualificationId)!;
      t.recommendedWorkProcessIds.forEach((id) => expect(q.workProcessIds, `${t.id} ${id}`).toContain(id));
    }
  });

  it("carries the known crebo numbers and certificate codes", () => {
    const crebo = Object.fromEntries(catalog.qualifications.map((q) => [q.id, q.crebo]));
    expect(crebo).toMatchObject({ PMK: "25696", OA: "25698", HZW: "25498" });
    expect(catalog.certificates.map((c) => c.code)).toEqual(
      expect.arrayContaining(["C0125", "C0123", "C0126"]),
    );
  });
});
