import { describe, expect, it } from "vitest";
import {
  employerReferralAccess,
  hiringEmployer,
  isConsentInForce,
  type ConsentFact,
  type ReferralAccessFacts,
} from "./consent.ts";

const at = (iso: string) => new Date(iso);
const share = (organizationId: string, givenAt: string, withdrawnAt: string | null = null): ConsentFact => ({
  purpose: "SHARE_WITH_EMPLOYER",
  organizationId,
  givenAt: at(givenAt),
  withdrawnAt: withdrawnAt === null ? null : at(withdrawnAt),
});

describe("isConsentInForce", () => {
  const cases: {
    name: string;
    consents: ConsentFact[];
    purpose?: ConsentFact["purpose"];
    organizationId?: string;
    at: string;
    inForce: boolean;
  }[] = [
    { name: "no consent at all", consents: [], at: "2026-12-01T10:00:00Z", inForce: false },
    {
      name: "given before, never withdrawn",
      consents: [share("kinderrijk", "2026-11-01T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: true,
    },
    {
      name: "given at that very moment",
      consents: [share("kinderrijk", "2026-12-01T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: true,
    },
    {
      name: "given only after the moment",
      consents: [share("kinderrijk", "2026-12-01T10:00:01Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
    {
      name: "withdrawn before the moment",
      consents: [share("kinderrijk", "2026-11-01T10:00:00Z", "2026-11-15T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
    {
      name: "withdrawn at that very moment",
      consents: [share("kinderrijk", "2026-11-01T10:00:00Z", "2026-12-01T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
    {
      name: "withdrawn only after the moment (a look back in time)",
      consents: [share("kinderrijk", "2026-11-01T10:00:00Z", "2026-12-02T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: true,
    },
    {
      name: "withdrawn, then given again",
      consents: [
        share("kinderrijk", "2026-10-01T10:00:00Z", "2026-10-15T10:00:00Z"),
        share("kinderrijk", "2026-11-01T10:00:00Z"),
      ],
      at: "2026-12-01T10:00:00Z",
      inForce: true,
    },
    {
      name: "given to another employer only",
      consents: [share("zonnebloem", "2026-11-01T10:00:00Z")],
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
    {
      name: "given to the employer for another purpose",
      consents: [{ ...share("kinderrijk", "2026-11-01T10:00:00Z"), purpose: "ADVICE" }],
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
    {
      name: "registration consent to the region",
      consents: [{ ...share("rijnmond", "2026-11-01T10:00:00Z"), purpose: "REGION_FOLLOW_UP" }],
      purpose: "REGION_FOLLOW_UP",
      organizationId: "rijnmond",
      at: "2026-12-01T10:00:00Z",
      inForce: true,
    },
    {
      name: "advice consent given to another region",
      consents: [{ ...share("haaglanden", "2026-11-01T10:00:00Z"), purpose: "ADVICE" }],
      purpose: "ADVICE",
      organizationId: "rijnmond",
      at: "2026-12-01T10:00:00Z",
      inForce: false,
    },
  ];
  it.each(cases)("$name: $inForce", (c) => {
    expect(
      isConsentInForce(
        c.consents,
        c.purpose ?? "SHARE_WITH_EMPLOYER",
        c.organizationId ?? "kinderrijk",
        at(c.at),
      ),
    ).toBe(c.inForce);
  });
});

describe("employerReferralAccess", () => {
  const now = at("2026-12-01T10:00:00Z");
  const inForce = [share("kinderrijk", "2026-11-01T10:00:00Z")];
  const withdrawn = [share("kinderrijk", "2026-11-01T10:00:00Z", "2026-11-20T10:00:00Z")];
  const facts = (over: Partial<ReferralAccessFacts>): ReferralAccessFacts => ({
    status: "PROPOSED",
    employerOrganizationId: "kinderrijk",
    consents: inForce,
    personEmployerOrganizationId: null,
    ...over,
  });
  const cases: { name: string; facts: ReferralAccessFacts; view: string; answerable: boolean }[] = [
    { name: "open, consent in force", facts: facts({}), view: "shared", answerable: true },
    {
      name: "introduced, consent in force",
      facts: facts({ status: "INTRODUCED" }),
      view: "shared",
      answerable: true,
    },
    { name: "open, no consent", facts: facts({ consents: [] }), view: "withdrawn", answerable: false },
    {
      name: "open, consent withdrawn",
      facts: facts({ consents: withdrawn }),
      view: "withdrawn",
      answerable: false,
    },
    {
      name: "open, consent only to another employer",
      facts: facts({ consents: [share("zonnebloem", "2026-11-01T10:00:00Z")] }),
      view: "withdrawn",
      answerable: false,
    },
    {
      name: "withdrawn referral, consent given again for a new one",
      facts: facts({ status: "WITHDRAWN" }),
      view: "withdrawn",
      answerable: false,
    },
    {
      name: "declined, consent in force",
      facts: facts({ status: "DECLINED" }),
      view: "shared",
      answerable: false,
    },
    {
      name: "declined, consent withdrawn",
      facts: facts({ status: "DECLINED", consents: withdrawn }),
      view: "withdrawn",
      answerable: false,
    },
    {
      name: "hired, consent in force",
      facts: facts({ status: "HIRED", personEmployerOrganizationId: "kinderrijk" }),
      view: "shared",
      answerable: false,
    },
    {
      name: "hired, consent withdrawn: the employment is the basis",
      facts: facts({ status: "HIRED", consents: withdrawn, personEmployerOrganizationId: "kinderrijk" }),
      view: "employee",
      answerable: false,
    },
    {
      name: "hired, consent withdrawn, since gone to another employer",
      facts: facts({ status: "HIRED", consents: withdrawn, personEmployerOrganizationId: "zonnebloem" }),
      view: "withdrawn",
      answerable: false,
    },
  ];
  it.each(cases)("$name: $view", (c) => {
    expect(employerReferralAccess(c.facts, now)).toEqual({ view: c.view, answerable: c.answerable });
  });
});

describe("hiringEmployer", () => {
  it.each([
    { referrals: [], expected: null },
    { referrals: [{ status: "PROPOSED", employer: "Kinderrijk" }], expected: null },
    { referrals: [{ status: "DECLINED", employer: "Kinderrijk" }], expected: null },
    { referrals: [{ status: "WITHDRAWN", employer: "Kinderrijk" }], expected: null },
    {
      referrals: [
        { status: "DECLINED", employer: "Zonnebloem" },
        { status: "HIRED", employer: "Kinderrijk" },
      ],
      expected: "Kinderrijk",
    },
  ] as const)("$referrals.length referral(s) → $expected", ({ referrals, expected }) => {
    expect(hiringEmployer(referrals)).toBe(expected);
  });
});
