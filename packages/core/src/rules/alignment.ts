/**
 * Aansluiting: for the functions that employers in a school's regions fill and ask for, which of the
 * school's offers lead to them, which are only a step on the way, and what no offer covers. Employers
 * and schools often find that training and functiegebouw do not meet: a trained candidate still does
 * not meet the vacancy's demands (seed 003). So an offer leads to a function only when completing it,
 * alone or with the school's other offers in a route core plans, meets the function's requirement by
 * the same rule that judges a person's starting point.
 */
import type { Catalog, LearningRoute, Requirement } from "../catalog/schema.ts";
import { findCredential, findFunction } from "../catalog/lookup.ts";
import { planDevelopmentPath, type PlanRoute, type PlanStep } from "./plan.ts";
import { parseProfile, type PersonProfileInput } from "./profile.ts";
import { describeMissing, evaluateRequirement, type MissingItem } from "./requirements.ts";
import { workRequirement } from "./work-requirement.ts";

/** How many employers, people and open vacancy places there are for one function in the regions. */
export interface FunctionDemand {
  functionId: string;
  employers: number;
  people: number;
  vacancies: number;
}

/** A published offer of the school. */
export interface AlignmentOffer {
  id: string;
  title: string;
  credentialId: string;
  learningRoute: LearningRoute;
}

export type CoverageStatus =
  /** At least one offer leads to the function, alone or with the school's other offers. */
  | "covered"
  /** The function asks for a credential, and the school's offers together do not lead to it. */
  | "gap"
  /** The function asks for no credential (groepshulp, or an entry function with an ontwikkelplan). */
  | "no-credential"
  /** The function is not in the catalog: nobody can say what qualifies. */
  | "unknown";

export interface FunctionCoverage extends FunctionDemand {
  title: string | null;
  status: CoverageStatus;
  /** Credentials the function's requirement names (diplomas, certificates, enrolments towards one). */
  qualifyingCredentialIds: string[];
  /**
   * The school's offers that lead to the function: completing the offer, alone or with the school's
   * other offers in a route core plans, meets the function's requirement.
   */
  offers: AlignmentOffer[];
  /**
   * Offers towards a credential the requirement names that do not lead there with the school's other
   * offers ("draagt bij aan"), each with what completing it still leaves missing (Dutch).
   */
  contributing: { offer: AlignmentOffer; stillMissing: string }[];
  /** Qualifying credentials that no offer of the school leads to. */
  missingCredentialIds: string[];
}

interface Route {
  credentialId: string;
  /** Only an enrolment in one of these leerwegen counts (e.g. BBL for a beroepskracht in opleiding). */
  learningRoutes?: readonly LearningRoute[];
}

function routesOf(requirement: Requirement): Route[] {
  switch (requirement.kind) {
    case "allOf":
    case "anyOf":
      return requirement.of.flatMap(routesOf);
    case "diploma":
      return requirement.qualificationIds.map((credentialId) => ({ credentialId }));
    case "diplomaWithProof":
      return [...requirement.qualificationIds, ...requirement.proofCertificateIds].map((credentialId) => ({
        credentialId,
      }));
    case "certificate":
      return [{ credentialId: requirement.certificateId }];
    case "activeEnrolment":
      return requirement.qualificationIds.map((credentialId) => ({
        credentialId,
        learningRoutes: requirement.learningRoutes,
      }));
    default:
      return [];
  }
}

/** What a school cannot give with an offer: the person's language, registration, babyscholing and the like. */
const SCHOOLING: ReadonlySet<MissingItem["code"]> = new Set(["CREDENTIAL", "ENROLMENT"]);

/**
 * The person the school trains, as far as the school is concerned: everything outside its offers in
 * hand (taaleis, registration with VOG, babyscholing, ontwikkelplan, experience), no diploma.
 */
const BASELINE: PersonProfileInput = {
  languageLevels: { mondeling: "4F" },
  vogRegistered: true,
  babyscholing: true,
  ontwikkelplan: true,
  experienceYears: 60,
};

/**
 * The schooling still missing for a function after completing these offers, by the starting-point
 * rule: each offer's credential held and, for a function that asks for a running enrolment, an
 * enrolment in it (signed POK) while it runs. Empty when the offers together meet the requirement.
 */
function schoolingMissing(
  catalog: Catalog,
  requirement: Requirement,
  offers: readonly AlignmentOffer[],
  asOf: string,
): MissingItem[] {
  const held = offers.flatMap((o) => {
    const credential = findCredential(catalog, o.credentialId);
    return credential ? [{ kind: credential.kind, ref: credential.id, issuedOn: asOf }] : [];
  });
  const profile = parseProfile(
    catalog,
    {
      ...BASELINE,
      credentials: held,
      enrolments: held
        .filter((c) => c.kind === "DIPLOMA")
        .map((c) => ({
          qualificationId: c.ref,
          learningRoute: offers.find((o) => o.credentialId === c.ref)!.learningRoute,
          pokSignedOn: asOf,
          startsOn: asOf,
        })),
    },
    asOf,
  );
  const result = evaluateRequirement(catalog, profile, requirement, { asOf });
  return result.met ? [] : result.missing.filter((m) => SCHOOLING.has(m.code));
}

/** A planned step as a school reads it: "diploma OA", "C0126". */
function describeStep(catalog: Catalog, step: PlanStep): string {
  const credential = findCredential(catalog, step.credentialId);
  if (step.credentialKind === "DIPLOMA") return `diploma ${step.credentialId}`;
  return credential?.code ?? credential?.title ?? step.credentialId;
}

/** "a", "a en b", "a, b en c". */
const listInDutch = (words: readonly string[]) =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`;

/**
 * What an offer that does not lead to the function on its own still needs: the steps of the planned
 * route through its credential that the school does not offer, the route with fewest of those first
 * (core's order of routes breaks a tie); without such a route, what completing it leaves missing.
 */
function stillMissingAfter(
  catalog: Catalog,
  requirement: Requirement,
  routes: readonly PlanRoute[],
  offer: AlignmentOffer,
  offers: readonly AlignmentOffer[],
  asOf: string,
): string {
  const offered = (step: PlanStep) => offers.some((o) => o.credentialId === step.credentialId);
  const through = routes
    .filter((route) => route.steps.some((step) => step.credentialId === offer.credentialId))
    .map((route) => route.steps.filter((step) => !offered(step)))
    .filter((missing) => missing.length > 0);
  const fewest = through.reduce<PlanStep[] | null>(
    (best, missing) => (!best || missing.length < best.length ? missing : best),
    null,
  );
  return fewest
    ? listInDutch(fewest.map((step) => describeStep(catalog, step)))
    : describeMissing(schoolingMissing(catalog, requirement, [offer], asOf));
}

/**
 * The sets of the school's offers worth trying for a function: each offer alone, and for each route
 * core plans from the baseline, the school's offers of its steps when the school offers every step.
 */
function candidateSets(routes: readonly PlanRoute[], offers: readonly AlignmentOffer[]): AlignmentOffer[][] {
  const combined = routes.flatMap((route) => {
    const steps = route.steps.map((step) => offers.filter((o) => o.credentialId === step.credentialId));
    return steps.length > 1 && steps.every((found) => found.length > 0) ? [steps.flat()] : [];
  });
  return [...offers.map((o) => [o]), ...combined];
}

const leadsTo = (offer: AlignmentOffer, route: Route) =>
  offer.credentialId === route.credentialId &&
  (!route.learningRoutes || route.learningRoutes.includes(offer.learningRoute));

const ORDER: Record<CoverageStatus, number> = { gap: 0, unknown: 1, covered: 2, "no-credential": 3 };

/**
 * The coverage of each function in demand by the school's offers on `asOf`: gaps first, then the most
 * open vacancy places, then the most people.
 */
export function computeAlignment(
  catalog: Catalog,
  demand: readonly FunctionDemand[],
  offers: readonly AlignmentOffer[],
  asOf: string,
): FunctionCoverage[] {
  return demand
    .map((d): FunctionCoverage => {
      const fn = findFunction(catalog, d.functionId);
      if (!fn)
        return {
          ...d,
          title: null,
          status: "unknown",
          qualifyingCredentialIds: [],
          offers: [],
          contributing: [],
          missingCredentialIds: [],
        };
      const routes = routesOf(fn.requirement);
      const qualifyingCredentialIds = [...new Set(routes.map((r) => r.credentialId))];
      const relevant = offers.filter((o) => routes.some((r) => leadsTo(o, r)));
      const missingCredentialIds = qualifyingCredentialIds.filter(
        (id) => !offers.some((o) => routes.some((r) => r.credentialId === id && leadsTo(o, r))),
      );
      const requirement = workRequirement(fn);
      const planned =
        relevant.length > 0
          ? planDevelopmentPath(catalog, BASELINE, { kind: "function", functionId: fn.id }, asOf).routes
          : [];
      const reaching = new Set<string>();
      for (const set of candidateSets(planned, relevant))
        if (schoolingMissing(catalog, requirement, set, asOf).length === 0)
          for (const o of set) reaching.add(o.id);
      const leading = relevant.filter((o) => reaching.has(o.id));
      const contributing = relevant
        .filter((o) => !reaching.has(o.id))
        .map((offer) => ({
          offer,
          stillMissing: stillMissingAfter(catalog, requirement, planned, offer, relevant, asOf),
        }));
      const status: CoverageStatus =
        routes.length === 0 ? "no-credential" : leading.length > 0 ? "covered" : "gap";
      return {
        ...d,
        title: fn.title,
        status,
        qualifyingCredentialIds,
        offers: leading,
        contributing,
        missingCredentialIds,
      };
    })
    .toSorted(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        b.vacancies - a.vacancies ||
        b.people - a.people ||
        a.functionId.localeCompare(b.functionId),
    );
}
