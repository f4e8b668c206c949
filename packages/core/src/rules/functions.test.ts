import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import type { EducationLevel } from "../catalog/schema.ts";
import { CoreInputError, UnknownReferenceError } from "../errors.ts";
import type { PersonProfileInput } from "./profile.ts";
import type { Workplace } from "./requirements.ts";
import { assessStaffing } from "./staff-ratio.ts";
import { assessFunction, assessStartingPoint, findWorkRefusal } from "./starting-point.ts";

const TODAY = "2026-11-23";
const diploma = (ref: string) => ({ kind: "DIPLOMA" as const, ref, issuedOn: "2020-07-01" });
const cert = (ref: string) => ({ kind: "CERTIFICATE" as const, ref, issuedOn: "2026-01-01" });
const other = (educationLevel: EducationLevel, diplomaGroup: string | null = null) => ({
  kind: "OTHER_DIPLOMA" as const,
  title: `Diploma ${educationLevel}`,
  educationLevel,
  diplomaGroup,
  issuedOn: "2019-07-01",
});
const bbl = (qualificationId: string, extra: Record<string, string | null> = {}) => ({
  qualificationId,
  learningRoute: "BBL" as const,
  pokSignedOn: "2026-08-15",
  startsOn: "2026-09-01",
  endsOn: "2028-08-31",
  ...extra,
});

const assess = (functionId: string, profile: PersonProfileInput, workplace?: Workplace) =>
  assessStartingPoint(catalog, profile, TODAY, { workplace }).find((f) => f.functionId === functionId)!;

describe("beroepskracht in opleiding (BBL) needs an active BBL enrolment towards a qualifying diploma", () => {
  it.each([
    {
      name: "a groepshulp without any schooling",
      profile: { vogRegistered: true },
      mayFill: false,
      says: "nog nodig een lopende BBL-inschrijving",
    },
    {
      name: "a running BBL enrolment for PMK with a signed POK",
      profile: { vogRegistered: true, enrolments: [bbl("PMK")] },
      mayFill: true,
      says: "mag deze functie vervullen (BBL-opleiding: Pedagogisch medewerker kinderopvang",
    },
    {
      name: "a BBL enrolment for GPM",
      profile: { vogRegistered: true, enrolments: [bbl("GPM")] },
      mayFill: true,
      says: "mag deze functie vervullen (BBL-opleiding: Gespecialiseerd",
    },
    {
      name: "a BBL enrolment whose POK is not signed",
      profile: { vogRegistered: true, enrolments: [bbl("PMK", { pokSignedOn: null })] },
      mayFill: false,
      says: "nog nodig een lopende BBL-inschrijving met getekende praktijkovereenkomst voor PMK of GPM (de praktijkovereenkomst voor PMK is nog niet getekend)",
    },
    {
      name: "a BBL enrolment that has ended",
      profile: {
        vogRegistered: true,
        enrolments: [bbl("PMK", { startsOn: "2024-09-01", endsOn: "2026-08-31" })],
      },
      mayFill: false,
      says: "(de inschrijving voor PMK loopt niet op deze datum)",
    },
    {
      name: "a BBL enrolment that starts later",
      profile: { vogRegistered: true, enrolments: [bbl("PMK", { startsOn: "2027-01-01" })] },
      mayFill: false,
      says: "(de inschrijving voor PMK loopt niet op deze datum)",
    },
    {
      name: "a derde-leerweg enrolment",
      profile: {
        vogRegistered: true,
        enrolments: [{ ...bbl("PMK"), learningRoute: "DERDE_LEERWEG" as const }],
      },
      mayFill: false,
      says: "nog nodig een lopende BBL-inschrijving",
    },
    {
      name: "a BBL enrolment towards HZW, which does not qualify",
      profile: { vogRegistered: true, enrolments: [bbl("HZW")] },
      mayFill: false,
      says: "nog nodig een lopende BBL-inschrijving",
    },
    {
      name: "a running BBL enrolment without VOG",
      profile: { enrolments: [bbl("PMK")] },
      mayFill: false,
      says: "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG",
    },
  ] as { name: string; profile: PersonProfileInput; mayFill: boolean; says: string }[])(
    "$name",
    ({ profile, mayFill, says }) => {
      const result = assess("beroepskracht-in-opleiding", profile);
      expect(result.mayFill).toBe(mayFill);
      expect(result.explanation).toContain(says);
    },
  );

  it("says what is missing for a groepshulp without a route", () => {
    const result = assess("beroepskracht-in-opleiding", { vogRegistered: true });
    expect(result.missing).toEqual([
      expect.objectContaining({
        code: "ENROLMENT",
        learningRoutes: ["BBL"],
        qualificationIds: ["PMK", "GPM"],
      }),
    ]);
    expect(result.explanation).toBe(
      "Beroepskracht in opleiding (BBL): nog nodig een lopende BBL-inschrijving met getekende praktijkovereenkomst voor PMK of GPM",
    );
  });
});

describe("PM in ontwikkeling needs the entry conditions of cao art. 9.5 and an ontwikkelplan", () => {
  it.each([
    { name: "a groepshulp without schooling", profile: {}, missing: ["PRIOR_EDUCATION", "ONTWIKKELPLAN"] },
    {
      name: "mbo-3 (another diploma) with an ontwikkelplan",
      profile: { credentials: [other("mbo-3")], ontwikkelplan: true },
      missing: [],
    },
    {
      name: "havo with an ontwikkelplan",
      profile: { credentials: [other("havo")], ontwikkelplan: true },
      missing: [],
    },
    {
      name: "havo without an ontwikkelplan",
      profile: { credentials: [other("havo")] },
      missing: ["ONTWIKKELPLAN"],
    },
    {
      name: "the PMK diploma (mbo-3) with an ontwikkelplan",
      profile: { credentials: [diploma("PMK")], ontwikkelplan: true },
      missing: [],
    },
    {
      name: "the HZW diploma (mbo-2) is not enough",
      profile: { credentials: [diploma("HZW")], ontwikkelplan: true },
      missing: ["PRIOR_EDUCATION"],
    },
    {
      name: "a foreign diploma with two years of experience",
      profile: { credentials: [other("buitenlands")], experienceYears: 2, ontwikkelplan: true },
      missing: [],
    },
    {
      name: "a foreign diploma without experience",
      profile: { credentials: [other("buitenlands")], ontwikkelplan: true },
      missing: ["EXPERIENCE"],
    },
  ] as { name: string; profile: PersonProfileInput; missing: string[] }[])(
    "$name",
    ({ profile, missing }) => {
      const result = assess("pm-in-ontwikkeling", { vogRegistered: true, ...profile });
      expect(result.mayFill).toBe(missing.length === 0);
      expect(result.missing.map((m) => m.code)).toEqual(missing);
    },
  );
});

describe("babyscholing depends on the group a pedagogisch medewerker works in", () => {
  const qualified: PersonProfileInput = {
    credentials: [diploma("PMK")],
    languageLevels: { mondeling: "3F" },
    vogRegistered: true,
  };
  const babies: Workplace = { groups: [{ minAgeMonths: 0, maxAgeMonths: 24 }] };
  const toddlers: Workplace = { groups: [{ minAgeMonths: 24, maxAgeMonths: 48 }] };
  it.each([
    {
      name: "a baby group without babyscholing",
      workplace: babies,
      babyscholing: false,
      mayFill: false,
      notes: 0,
    },
    {
      name: "a baby group with babyscholing",
      workplace: babies,
      babyscholing: true,
      mayFill: true,
      notes: 0,
    },
    {
      name: "a toddler group without babyscholing",
      workplace: toddlers,
      babyscholing: false,
      mayFill: true,
      notes: 0,
    },
    {
      name: "an unknown group: allowed, with a note",
      workplace: undefined,
      babyscholing: false,
      mayFill: true,
      notes: 1,
    },
  ])("$name", ({ workplace, babyscholing, mayFill, notes }) => {
    const result = assess("pedagogisch-medewerker", { ...qualified, babyscholing }, workplace);
    expect(result.mayFill).toBe(mayFill);
    expect(result.notes).toHaveLength(notes);
    expect(result.missing.map((m) => m.code)).toEqual(mayFill ? [] : ["BABYSCHOLING"]);
  });

  it.each([
    {
      name: "baby group, PM without babyscholing",
      withInfants: true,
      babyscholing: false,
      qualified: 0,
      flagged: 1,
      shortfall: 1,
    },
    {
      name: "baby group, PM with babyscholing",
      withInfants: true,
      babyscholing: true,
      qualified: 1,
      flagged: 0,
      shortfall: 0,
    },
    {
      name: "toddler group, PM without babyscholing",
      withInfants: false,
      babyscholing: false,
      qualified: 1,
      flagged: 0,
      shortfall: 0,
    },
  ])("staffing: $name", ({ withInfants, babyscholing, qualified: q, flagged, shortfall }) => {
    const result = assessStaffing(
      catalog,
      1,
      [{ functionId: "pedagogisch-medewerker", babyscholing }],
      TODAY,
      { withInfants },
    );
    expect(result).toMatchObject({ qualified: q, missingBabyscholing: flagged, shortfall });
  });
});

describe("another diploma counts through its cao diplomagroep", () => {
  const base = { languageLevels: { mondeling: "3F" as const }, vogRegistered: true };
  it.each([
    { name: "group A1 qualifies directly", credentials: [other("hbo", "A1")], mayFill: true },
    {
      name: "group A2 with C0125 as aanvullend bewijs",
      credentials: [other("mbo-4", "A2"), cert("C0125")],
      mayFill: true,
    },
    { name: "group A2 alone", credentials: [other("mbo-4", "A2")], mayFill: false },
    { name: "a diploma on no cao list", credentials: [other("hbo")], mayFill: false },
  ] as { name: string; credentials: PersonProfileInput["credentials"]; mayFill: boolean }[])(
    "$name",
    ({ credentials, mayFill }) => {
      expect(assess("pedagogisch-medewerker", { ...base, credentials }).mayFill).toBe(mayFill);
    },
  );

  it("refuses an unknown diplomagroep", () => {
    expect(() => assess("pedagogisch-medewerker", { credentials: [other("hbo", "Z9")] })).toThrow(
      UnknownReferenceError,
    );
  });

  it("plans only the aanvullend bewijs for a group-A2 diploma", () => {
    const result = assess("pedagogisch-medewerker", { ...base, credentials: [other("mbo-4", "A2")] });
    expect(result.missing.map((m) => m.message)).toEqual(["C0125"]);
  });
});

describe("the HZW diploma", () => {
  it("is said not to qualify as pedagogisch medewerker, besides what is missing", () => {
    const result = assess("pedagogisch-medewerker", {
      credentials: [diploma("HZW")],
      languageLevels: { mondeling: "4F" },
      vogRegistered: true,
    });
    expect(result.mayFill).toBe(false);
    expect(result.notes).toContain(
      "het diploma Helpende zorg en welzijn kwalificeert niet als pedagogisch medewerker",
    );
    expect(result.explanation).toMatch(
      /^Pedagogisch medewerker: het diploma Helpende zorg en welzijn kwalificeert niet als pedagogisch medewerker; nog nodig /,
    );
  });

  it("is not mentioned to someone who does not hold it", () => {
    const result = assess("pedagogisch-medewerker", { vogRegistered: true });
    expect(result.notes.join(" ")).not.toContain("kwalificeert niet");
    expect(result.explanation).toMatch(/^Pedagogisch medewerker: nog nodig /);
  });
});

describe("staffing counts only staff the starting point allows in their function", () => {
  it.each([
    { name: "a PM the rules allow", mayFill: true, qualified: 1, notAllowed: 0, shortfall: 0 },
    { name: "a PM without what qualifies them", mayFill: false, qualified: 0, notAllowed: 1, shortfall: 1 },
    { name: "a PM whose facts are not known", mayFill: undefined, qualified: 1, notAllowed: 0, shortfall: 0 },
  ])("$name", ({ mayFill, qualified: q, notAllowed, shortfall }) => {
    expect(
      assessStaffing(catalog, 1, [{ functionId: "pedagogisch-medewerker", mayFill }], TODAY),
    ).toMatchObject({ qualified: q, notAllowed, shortfall });
  });
});

/**
 * Wet kinderopvang art. 1.50 and 1.56b: nobody works with children in childcare before registration in
 * the Personenregister Kinderopvang with a VOG linked to it, groepshulp and learners included (domain
 * guide §5). The catalog says per function whether it works with children; core adds the registration.
 */
describe("no work with children without the Personenregister Kinderopvang", () => {
  const REFUSAL = "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG";
  const qualifiedPm = {
    credentials: [diploma("PMK")],
    languageLevels: { mondeling: "3F" as const },
    babyscholing: true,
  };
  it.each([
    { name: "a new groepshulp without the registration", fn: "groepshulp", profile: {}, mayFill: false },
    {
      name: "a groepshulp with the registration",
      fn: "groepshulp",
      profile: { vogRegistered: true },
      mayFill: true,
    },
    {
      name: "a groepshulp whose registration takes effect after the day asked",
      fn: "groepshulp",
      profile: { vogRegistered: true, vogRegisteredOn: "2026-12-01" },
      mayFill: false,
    },
    {
      name: "a groepshulp registered since the day asked",
      fn: "groepshulp",
      profile: { vogRegistered: true, vogRegisteredOn: TODAY },
      mayFill: true,
    },
    {
      name: "a qualified PM without the registration",
      fn: "pedagogisch-medewerker",
      profile: qualifiedPm,
      mayFill: false,
    },
    {
      name: "a qualified PM with the registration",
      fn: "pedagogisch-medewerker",
      profile: { ...qualifiedPm, vogRegistered: true },
      mayFill: true,
    },
    {
      name: "a GPM without the registration",
      fn: "gespecialiseerd-pm",
      profile: { ...qualifiedPm, credentials: [diploma("GPM")] },
      mayFill: false,
    },
    {
      name: "a BBL learner with a signed POK without the registration",
      fn: "beroepskracht-in-opleiding",
      profile: { enrolments: [bbl("PMK")] },
      mayFill: false,
    },
    {
      name: "a PM in ontwikkeling with an ontwikkelplan without the registration",
      fn: "pm-in-ontwikkeling",
      profile: { credentials: [other("havo")], ontwikkelplan: true },
      mayFill: false,
    },
  ] as { name: string; fn: string; profile: PersonProfileInput; mayFill: boolean }[])(
    "$name",
    ({ fn, profile, mayFill }) => {
      const result = assess(fn, profile);
      expect(result.mayFill).toBe(mayFill);
      expect(result.refusal).toEqual(mayFill ? null : { code: "NOT_IN_PERSONENREGISTER", message: REFUSAL });
      expect(result.explanation).toEqual(
        mayFill
          ? `${result.title}: mag deze functie vervullen (${result.route})`
          : `${result.title}: ${REFUSAL}`,
      );
      expect(result.missing.map((m) => m.code)).toEqual(mayFill ? [] : ["VOG_REGISTRATION"]);
    },
  );

  it("names the refusal first and then what else is missing", () => {
    const result = assess("pedagogisch-medewerker", { credentials: [cert("C0125"), cert("C0126")] });
    expect(result.explanation).toBe(
      `Pedagogisch medewerker: ${REFUSAL}; nog nodig C0123 en taaleis mondeling 3F`,
    );
  });

  it("keeps the refusal when a route to the function is planned: a diploma does not bring the registration", () => {
    expect(findWorkRefusal(catalog, {}, "pedagogisch-medewerker", TODAY)?.code).toBe(
      "NOT_IN_PERSONENREGISTER",
    );
    expect(findWorkRefusal(catalog, { vogRegistered: true }, "pedagogisch-medewerker", TODAY)).toBeNull();
    expect(
      findWorkRefusal(
        catalog,
        { vogRegistered: true, vogRegisteredOn: "2027-03-01" },
        "groepshulp",
        "2027-06-30",
      ),
    ).toBeNull();
    expect(() => findWorkRefusal(catalog, {}, "astronaut", TODAY)).toThrow(UnknownReferenceError);
  });

  it("asks no registration for a function that does not work with children", () => {
    const groepshulp = catalog.functions.find((f) => f.id === "groepshulp")!;
    const office = {
      ...groepshulp,
      id: "administratief-medewerker",
      title: "Administratief medewerker",
      worksWithChildren: { value: false, source: "test", confidence: "inferred" as const },
    };
    const withOffice = { ...catalog, functions: [...catalog.functions, office] };
    const result = assessStartingPoint(withOffice, {}, TODAY).find((f) => f.functionId === office.id)!;
    expect(result).toMatchObject({ mayFill: true, refusal: null, missing: [] });
    expect(findWorkRefusal(withOffice, {}, office.id, TODAY)).toBeNull();
  });

  it("says per function that it works with children, with a source citing the Wet kinderopvang", () => {
    for (const fn of catalog.functions) {
      expect(fn.worksWithChildren.value).toBe(true);
      expect(fn.worksWithChildren.source).toMatch(
        /Wet kinderopvang art\. 1\.50.*1\.56b.*Personenregister Kinderopvang/,
      );
      expect(fn.worksWithChildren.confidence).toBe("confirmed");
    }
  });

  const unregistered: fc.Arbitrary<PersonProfileInput> = fc.record({
    credentials: fc.subarray([
      diploma("PMK"),
      diploma("GPM"),
      diploma("OA"),
      cert("C0125"),
      cert("C0123"),
      cert("C0126"),
      other("havo"),
      other("hbo", "A1"),
    ]),
    languageLevels: fc.constantFrom({}, { mondeling: "3F" as const }, { mondeling: "4F" as const }),
    babyscholing: fc.boolean(),
    ontwikkelplan: fc.boolean(),
    experienceYears: fc.integer({ min: 0, max: 30 }),
    enrolments: fc.subarray([bbl("PMK"), bbl("GPM")]),
    // Never registered, or registered with effect only after the day asked.
    vogRegistered: fc.boolean(),
    vogRegisteredOn: fc.constantFrom("2026-11-24", "2027-01-01", "2030-06-30"),
  });
  const workplaceArb = fc.option(
    fc.constantFrom<Workplace>(
      { groups: [{ minAgeMonths: 0, maxAgeMonths: 24 }] },
      { groups: [{ minAgeMonths: 48, maxAgeMonths: 156 }] },
    ),
    { nil: undefined },
  );

  it("property: nobody without the registration may fill, or is counted in, any function that works with children", () => {
    fc.assert(
      fc.property(unregistered, workplaceArb, (profile, workplace) => {
        const assessments = assessStartingPoint(catalog, profile, TODAY, { workplace });
        for (const a of assessments) {
          if (!catalog.functions.find((f) => f.id === a.functionId)!.worksWithChildren.value) continue;
          expect(a.mayFill).toBe(false);
          expect(a.refusal?.code).toBe("NOT_IN_PERSONENREGISTER");
          const staffing = assessStaffing(
            catalog,
            2,
            [{ functionId: a.functionId, mayFill: a.mayFill, babyscholing: true }],
            TODAY,
          );
          expect(staffing.qualified + staffing.learnersCounted).toBe(0);
          expect(staffing.notAllowed).toBe(1);
        }
      }),
    );
  });
});

describe("assessFunction answers for one function what assessStartingPoint answers for it", () => {
  const anyone: fc.Arbitrary<PersonProfileInput> = fc.record({
    credentials: fc.subarray([
      diploma("PMK"),
      diploma("GPM"),
      diploma("OA"),
      cert("C0125"),
      cert("C0123"),
      other("havo"),
      other("hbo", "A1"),
    ]),
    languageLevels: fc.constantFrom({}, { mondeling: "3F" as const }),
    babyscholing: fc.boolean(),
    ontwikkelplan: fc.boolean(),
    experienceYears: fc.integer({ min: 0, max: 30 }),
    enrolments: fc.subarray([bbl("PMK"), bbl("GPM"), bbl("PMK", { pokSignedOn: null })]),
    vogRegistered: fc.boolean(),
  });
  const workplaceArb = fc.option(
    fc.constantFrom<Workplace>({ groups: [{ minAgeMonths: 0, maxAgeMonths: 24 }] }, { groups: [] }),
    { nil: undefined },
  );

  it("property: the same assessment for every function of the catalog", () => {
    fc.assert(
      fc.property(anyone, workplaceArb, (profile, workplace) => {
        for (const expected of assessStartingPoint(catalog, profile, TODAY, { workplace }))
          expect(assessFunction(catalog, profile, expected.functionId, TODAY, { workplace })).toEqual(
            expected,
          );
      }),
    );
  });

  it("answers null for a function the catalog does not hold", () => {
    expect(assessFunction(catalog, { vogRegistered: true }, "astronaut", TODAY)).toBeNull();
  });

  it("refuses facts it cannot judge as assessStartingPoint does, whatever the function", () => {
    const future = { credentials: [{ ...diploma("PMK"), issuedOn: "2027-01-01" }] };
    expect(() => assessStartingPoint(catalog, future, TODAY)).toThrow(CoreInputError);
    expect(() => assessFunction(catalog, future, "astronaut", TODAY)).toThrow(CoreInputError);
  });
});
