import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { qualificationParts } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";
import { evaluateCredentialEligibility, evaluateIssuingEligibility } from "./eligibility.ts";
import { issuingRefusal } from "./issuing.ts";
import type { HeldCredential, PersonProfileInput, Provenance } from "./profile.ts";

const TODAY = "2026-11-23";
const OWN = "school-maasoever";
const OTHER = "school-hofstad";
const PW = (code: string) => `pedagogisch-werk-2021:${code}`;
const HZW = (code: string) => `helpende-zorg-en-welzijn-2020:${code}`;
const C0125 = ["B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"].map(PW);
const PMK_GENERIEK = ["Nederlands", "Rekenen", "Loopbaan en burgerschap"];

const bySchool = (schoolId: string): Provenance => ({ by: "school", schoolId });
const declared: Provenance = { by: "employer" };
const passed = (
  kind: "FORMAL_EXAM" | "EXEMPTION" | "PRIOR_LEARNING",
  workProcessIds: string[],
  provenance?: Provenance,
) =>
  workProcessIds.map((workProcessId, i) => ({
    id: `${kind}-${provenance?.by ?? "none"}-${provenance?.by === "school" ? provenance.schoolId : ""}-${i}`,
    workProcessId,
    kind,
    result: "PASSED" as const,
    date: "2026-06-01",
    ...(provenance ? { provenance } : {}),
  }));
const held = (
  kind: "DIPLOMA" | "CERTIFICATE" | "PRAKTIJKVERKLARING",
  ref: string,
  provenance?: Provenance,
): HeldCredential => ({
  kind,
  ref,
  issuedOn: "2026-01-01",
  workProcessIds: [],
  ...(provenance ? { provenance } : {}),
});
const judged = (codes: string[]) =>
  codes.map((code) => ({
    id: `pb-${code}`,
    workProcessId: HZW(code),
    kind: "PRACTICE_ASSESSMENT" as const,
    signing: "CO_SIGNED" as const,
    result: "MASTERED" as const,
    date: "2026-05-01",
  }));

const issuing = (profile: PersonProfileInput, id: string) =>
  evaluateIssuingEligibility(catalog, profile, OWN, TODAY).find((e) => e.credentialId === id)!;
const staffing = (profile: PersonProfileInput, id: string) =>
  evaluateCredentialEligibility(catalog, profile, TODAY).find((e) => e.credentialId === id)!;

describe("evaluateIssuingEligibility: who may issue, on what", () => {
  // WEB art. 7.4.5 and 7.4.6: the examencommissie of the institution establishes the results and
  // decides whether the learner earned the certificate or diploma; it grants the exemptions. The domain
  // guide (school-and-region.md, "Issuing"): a school issues on results its own examencommissie
  // established; what an employer typed is a declaration, never a basis for issuing; an EVC or another
  // school's certificate is a reason to ask for an exemption, not a result; issued documents never
  // change, so a second one is never issued beside a valid one.
  const cases: {
    name: string;
    profile: PersonProfileInput;
    credentialId: string;
    issuing: "earned" | "eligible" | "missing";
    staffing: "earned" | "eligible" | "missing";
  }[] = [
    {
      name: "(a) a PMK diploma the employer typed in is no exemption for the school's certificate",
      profile: { credentials: [held("DIPLOMA", "PMK", declared)] },
      credentialId: "C0125",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "(a) a certificate the employer typed in is not one issued: the school may still issue its own",
      profile: {
        credentials: [held("CERTIFICATE", "C0125", declared)],
        evidence: passed("FORMAL_EXAM", C0125, bySchool(OWN)),
      },
      credentialId: "C0125",
      issuing: "eligible",
      staffing: "earned",
    },
    {
      name: "(b) results another school's examencommissie established do not count for this school",
      profile: { evidence: passed("FORMAL_EXAM", C0125, bySchool(OTHER)) },
      credentialId: "C0125",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "results this school's examencommissie established count",
      profile: { evidence: passed("FORMAL_EXAM", C0125, bySchool(OWN)) },
      credentialId: "C0125",
      issuing: "eligible",
      staffing: "eligible",
    },
    {
      name: "an exemption this school's examencommissie granted counts",
      profile: {
        evidence: [
          ...passed("FORMAL_EXAM", C0125.slice(1), bySchool(OWN)),
          ...passed("EXEMPTION", C0125.slice(0, 1), bySchool(OWN)),
        ],
      },
      credentialId: "C0125",
      issuing: "eligible",
      staffing: "eligible",
    },
    {
      name: "an exemption another school granted does not",
      profile: {
        evidence: [
          ...passed("FORMAL_EXAM", C0125.slice(1), bySchool(OWN)),
          ...passed("EXEMPTION", C0125.slice(0, 1), bySchool(OTHER)),
        ],
      },
      credentialId: "C0125",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "an EVC is a reason to ask for an exemption, not a result",
      profile: {
        evidence: [
          ...passed("FORMAL_EXAM", C0125.slice(1), bySchool(OWN)),
          ...passed("PRIOR_LEARNING", C0125.slice(0, 1), bySchool(OWN)),
        ],
      },
      credentialId: "C0125",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "an exam result of unknown origin does not count",
      profile: { evidence: passed("FORMAL_EXAM", C0125) },
      credentialId: "C0125",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "a diploma counts the certificates the school issued itself as exemptions",
      profile: {
        credentials: ["C0125", "C0123", "C0126"].map((ref) => held("CERTIFICATE", ref, bySchool(OWN))),
        evidence: passed("FORMAL_EXAM", [PW("B1-K1-W6"), PW("P1-K1-W6")], bySchool(OWN)),
        generiekDeelPassed: PMK_GENERIEK,
      },
      credentialId: "PMK",
      issuing: "eligible",
      staffing: "eligible",
    },
    {
      name: "a diploma does not count another school's certificate: that is a reason to ask for an exemption",
      profile: {
        credentials: [
          held("CERTIFICATE", "C0125", bySchool(OTHER)),
          ...["C0123", "C0126"].map((ref) => held("CERTIFICATE", ref, bySchool(OWN))),
        ],
        evidence: passed("FORMAL_EXAM", [PW("B1-K1-W6"), PW("P1-K1-W6")], bySchool(OWN)),
        generiekDeelPassed: PMK_GENERIEK,
      },
      credentialId: "PMK",
      issuing: "missing",
      staffing: "eligible",
    },
    {
      name: "(c) a praktijkverklaring another school issued is held: the school does not issue a second",
      profile: {
        credentials: [held("PRAKTIJKVERKLARING", "pv-helpende-zorg-welzijn", bySchool(OTHER))],
        evidence: judged(["B1-K1-W1"]),
      },
      credentialId: "pv-helpende-zorg-welzijn",
      issuing: "earned",
      staffing: "earned",
    },
    {
      name: "a praktijkverklaring states the praktijkopleider's judgements, whichever school issues it",
      profile: {
        credentials: [held("PRAKTIJKVERKLARING", "pv-helpende-zorg-welzijn", declared)],
        evidence: judged(["B1-K1-W1"]),
      },
      credentialId: "pv-helpende-zorg-welzijn",
      issuing: "eligible",
      staffing: "earned",
    },
  ];

  it.each(cases)("$name", ({ profile, credentialId, issuing: forIssuing, staffing: forStaffing }) => {
    expect(issuing(profile, credentialId).status).toBe(forIssuing);
    expect(staffing(profile, credentialId).status).toBe(forStaffing);
  });

  it("names as missing every werkproces the school has no result or exemption of its own for", () => {
    const c0125 = issuing(
      {
        credentials: [held("DIPLOMA", "PMK", declared)],
        evidence: passed("FORMAL_EXAM", C0125.slice(2), bySchool(OWN)),
      },
      "C0125",
    );
    expect(c0125.missingWorkProcessIds.toSorted()).toEqual(C0125.slice(0, 2).toSorted());
  });
});

describe("the issuing property", () => {
  const schools = [OWN, OTHER];
  const provenanceArb: fc.Arbitrary<Provenance | undefined> = fc.constantFrom(
    undefined,
    declared,
    ...schools.map(bySchool),
  );
  const workProcessIds = catalog.workProcesses.map((w) => w.id);
  const evidenceArb = fc.record({
    workProcessId: fc.constantFrom(...workProcessIds),
    kind: fc.constantFrom("FORMAL_EXAM" as const, "PRIOR_LEARNING" as const, "EXEMPTION" as const),
    result: fc.constantFrom("PASSED" as const, "FAILED" as const),
    provenance: provenanceArb,
  });
  const credentialArb = fc.oneof(
    fc.record({
      kind: fc.constant("CERTIFICATE" as const),
      ref: fc.constantFrom(...catalog.certificates.map((c) => c.id)),
      provenance: provenanceArb,
    }),
    fc.record({
      kind: fc.constant("DIPLOMA" as const),
      ref: fc.constantFrom(...catalog.qualifications.map((q) => q.id)),
      provenance: provenanceArb,
    }),
  );
  const profileArb = fc.record({
    evidence: fc.array(evidenceArb, { maxLength: 40 }),
    credentials: fc.array(credentialArb, { maxLength: 6 }),
    generiekDeel: fc.boolean(),
  });

  it("never lets school S issue a credential with a werkproces lacking S's established result or exemption", () => {
    fc.assert(
      fc.property(profileArb, ({ evidence, credentials, generiekDeel }) => {
        const input: PersonProfileInput = {
          evidence: evidence.map(({ provenance, ...e }, i) => ({
            ...e,
            id: `e${i}`,
            date: "2026-06-01",
            ...(provenance ? { provenance } : {}),
          })),
          credentials: credentials.map(({ provenance, ...c }) => ({
            ...c,
            issuedOn: "2026-01-01",
            ...(provenance ? { provenance } : {}),
          })),
          generiekDeelPassed: generiekDeel ? PMK_GENERIEK : [],
        };
        // What S's examencommissie stands for: its passed exams and exemptions, and what the
        // certificates and diplomas S issued cover.
        const ownShown = new Set([
          ...evidence
            .filter(
              (e) =>
                e.kind !== "PRIOR_LEARNING" &&
                e.result === "PASSED" &&
                e.provenance?.by === "school" &&
                e.provenance.schoolId === OWN,
            )
            .map((e) => e.workProcessId),
          ...credentials
            .filter((c) => c.provenance?.by === "school" && c.provenance.schoolId === OWN)
            .flatMap((c) =>
              c.kind === "CERTIFICATE"
                ? catalog.certificates.find((x) => x.id === c.ref)!.workProcessIds
                : catalog.qualifications.find((x) => x.id === c.ref)!.workProcessIds,
            ),
        ]);
        for (const e of evaluateIssuingEligibility(catalog, input, OWN, TODAY)) {
          if (e.credentialKind === "PRAKTIJKVERKLARING" || e.status !== "eligible") continue;
          const needed =
            e.credentialKind === "CERTIFICATE"
              ? catalog.certificates.find((x) => x.id === e.credentialId)!.workProcessIds
              : catalog.qualifications.find((x) => x.id === e.credentialId)!.workProcessIds;
          for (const id of needed) expect(ownShown.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The catalog with one part's content taken out, as a catalog that does not (yet) hold a profieldeel
 * would be: the part keeps its place, its kerntaken are gone.
 */
function withoutContent(qualificationId: string, partKind: "basisdeel" | "profieldeel"): Catalog {
  return {
    ...catalog,
    qualifications: catalog.qualifications.map((q) => {
      if (q.id !== qualificationId) return q;
      const removed = new Set(q.parts.find((p) => p.kind === partKind)!.coreTaskCodes);
      const kept = new Set(
        catalog.workProcesses.filter((w) => !removed.has(w.coreTaskCode)).map((w) => w.id),
      );
      return {
        ...q,
        parts: q.parts.map((p) => (p.kind === partKind ? { ...p, coreTaskCodes: [] } : p)),
        workProcessIds: q.workProcessIds.filter((id) => kept.has(id)),
      };
    }),
  };
}

const partIds = (qualificationId: string, partKind: "basisdeel" | "profieldeel") =>
  qualificationParts(catalog, qualificationId).find((p) => p.kind === partKind)!.workProcessIds;
const GENERIEK_4 = [...PMK_GENERIEK, "Engels"];

describe("a diploma needs the whole qualification (fail closed)", () => {
  // Domain guide §5 ("a diploma needs all werkprocessen of basisdeel + profieldeel") and
  // school-and-region.md ("a part whose content we do not hold can never be complete"); WEB art. 7.4.5
  // (the examencommissie establishes that every part of the qualification was examined).
  const cases: {
    name: string;
    catalog: Catalog;
    credentialId: string;
    profile: PersonProfileInput;
    status: "eligible" | "missing";
    unknownParts: string[];
    missing: string[];
    /** What the refusal says; null when there is none. */
    refusal: string | null;
  }[] = [
    {
      name: "GPM on the basisdeel alone is refused: its profieldeel is still to be examined",
      catalog,
      credentialId: "GPM",
      profile: {
        evidence: passed("FORMAL_EXAM", partIds("GPM", "basisdeel"), bySchool(OWN)),
        generiekDeelPassed: GENERIEK_4,
      },
      status: "missing",
      unknownParts: [],
      missing: partIds("GPM", "profieldeel"),
      refusal: "in het profieldeel Gespecialiseerd pedagogisch medewerker: werkprocessen P2-K1-W1",
    },
    {
      name: "OA on the basisdeel alone is refused: its profieldeel is still to be examined",
      catalog,
      credentialId: "OA",
      profile: {
        evidence: passed("FORMAL_EXAM", partIds("OA", "basisdeel"), bySchool(OWN)),
        generiekDeelPassed: GENERIEK_4,
      },
      status: "missing",
      unknownParts: [],
      missing: partIds("OA", "profieldeel"),
      refusal: "in het profieldeel Onderwijsassistent: werkprocessen P3-K1-W1",
    },
    {
      name: "GPM with basisdeel and profieldeel established and the generiek deel passed is eligible",
      catalog,
      credentialId: "GPM",
      profile: {
        evidence: passed(
          "FORMAL_EXAM",
          [...partIds("GPM", "basisdeel"), ...partIds("GPM", "profieldeel")],
          bySchool(OWN),
        ),
        generiekDeelPassed: GENERIEK_4,
      },
      status: "eligible",
      unknownParts: [],
      missing: [],
      refusal: null,
    },
    {
      name: "a profieldeel the catalog does not hold is never complete, however much else is shown",
      catalog: withoutContent("GPM", "profieldeel"),
      credentialId: "GPM",
      profile: {
        evidence: passed("FORMAL_EXAM", partIds("GPM", "basisdeel"), bySchool(OWN)),
        generiekDeelPassed: GENERIEK_4,
      },
      status: "missing",
      unknownParts: ["profieldeel Gespecialiseerd pedagogisch medewerker"],
      missing: [],
      refusal:
        "de inhoud van het profieldeel Gespecialiseerd pedagogisch medewerker staat niet in de catalogus",
    },
    {
      name: "a PMK diploma with its profieldeel content missing from the catalog fails closed too",
      catalog: withoutContent("PMK", "profieldeel"),
      credentialId: "PMK",
      profile: {
        evidence: passed("FORMAL_EXAM", partIds("PMK", "basisdeel"), bySchool(OWN)),
        generiekDeelPassed: PMK_GENERIEK,
      },
      status: "missing",
      unknownParts: ["profieldeel Pedagogisch medewerker kinderopvang"],
      missing: [],
      refusal: "de inhoud van het profieldeel Pedagogisch medewerker kinderopvang staat niet in de catalogus",
    },
  ];

  it.each(cases)("$name", ({ catalog: c, credentialId, profile, status, unknownParts, missing, refusal }) => {
    for (const result of [
      evaluateIssuingEligibility(c, profile, OWN, TODAY),
      evaluateCredentialEligibility(c, profile, TODAY),
    ]) {
      const e = result.find((x) => x.credentialId === credentialId)!;
      expect(e.status).toBe(status);
      expect(e.unknownParts).toEqual(unknownParts);
      expect(e.missingWorkProcessIds.toSorted()).toEqual(missing.toSorted());
      const said = issuingRefusal(c, e);
      expect(refusal === null ? said : said?.includes(refusal)).toBe(refusal === null ? null : true);
    }
  });
});

describe("the whole-qualification property", () => {
  const variants = [
    catalog,
    ...catalog.qualifications.flatMap((q) => q.parts.map((p) => withoutContent(q.id, p.kind))),
  ];
  const workProcessIds = catalog.workProcesses.map((w) => w.id);
  const profileArb = fc.record({
    variant: fc.nat({ max: variants.length - 1 }),
    exams: fc.subarray(workProcessIds),
    exemptions: fc.subarray(workProcessIds, { maxLength: 8 }),
    certificates: fc.subarray(catalog.certificates.map((c) => c.id)),
    generiekDeel: fc.boolean(),
  });

  it("never finds a credential eligible while any of its catalog parts lacks established results or a recorded exemption", () => {
    fc.assert(
      fc.property(profileArb, ({ variant, exams, exemptions, certificates, generiekDeel }) => {
        const c = variants[variant]!;
        const input: PersonProfileInput = {
          evidence: [
            ...passed("FORMAL_EXAM", exams, bySchool(OWN)),
            ...passed("EXEMPTION", exemptions, bySchool(OWN)),
          ],
          credentials: certificates.map((ref) => held("CERTIFICATE", ref, bySchool(OWN))),
          generiekDeelPassed: generiekDeel ? GENERIEK_4 : [],
        };
        const established = new Set([
          ...exams,
          ...exemptions,
          ...certificates.flatMap((ref) => catalog.certificates.find((x) => x.id === ref)!.workProcessIds),
        ]);
        for (const e of evaluateIssuingEligibility(c, input, OWN, TODAY)) {
          if (e.credentialKind !== "DIPLOMA" || e.status !== "eligible") continue;
          for (const part of qualificationParts(c, e.credentialId)) {
            expect(part.known).toBe(true);
            for (const id of part.workProcessIds) expect(established.has(id)).toBe(true);
          }
        }
        for (const e of evaluateIssuingEligibility(c, input, OWN, TODAY)) {
          if (e.credentialKind !== "CERTIFICATE" || e.status !== "eligible") continue;
          const needed = c.certificates.find((x) => x.id === e.credentialId)!.workProcessIds;
          expect(needed.length).toBeGreaterThan(0);
          for (const id of needed) expect(established.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
