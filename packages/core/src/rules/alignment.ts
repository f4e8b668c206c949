/**
 * Aansluiting: for the functions that employers in a school's regions fill and ask for, which of the
 * school's offers lead to them and what no offer covers. Employers and schools often find that
 * training and functiegebouw do not meet: a trained candidate still does not meet the vacancy's
 * demands (seed 003).
 */
import type { Catalog, LearningRoute, Requirement } from "../catalog/schema.ts";
import { findFunction } from "../catalog/lookup.ts";

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
  /** At least one offer leads to the function. */
  | "covered"
  /** The function asks for a credential, and no offer of the school leads to one. */
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
  /** The school's offers that lead to one of them. */
  offers: AlignmentOffer[];
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

const leadsTo = (offer: AlignmentOffer, route: Route) =>
  offer.credentialId === route.credentialId &&
  (!route.learningRoutes || route.learningRoutes.includes(offer.learningRoute));

const ORDER: Record<CoverageStatus, number> = { gap: 0, unknown: 1, covered: 2, "no-credential": 3 };

/**
 * The coverage of each function in demand by the school's offers: gaps first, then the most open
 * vacancy places, then the most people.
 */
export function computeAlignment(
  catalog: Catalog,
  demand: readonly FunctionDemand[],
  offers: readonly AlignmentOffer[],
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
          missingCredentialIds: [],
        };
      const routes = routesOf(fn.requirement);
      const qualifyingCredentialIds = [...new Set(routes.map((r) => r.credentialId))];
      const leading = offers.filter((o) => routes.some((r) => leadsTo(o, r)));
      const missingCredentialIds = qualifyingCredentialIds.filter(
        (id) => !offers.some((o) => routes.some((r) => r.credentialId === id && leadsTo(o, r))),
      );
      const status: CoverageStatus =
        routes.length === 0 ? "no-credential" : leading.length > 0 ? "covered" : "gap";
      return {
        ...d,
        title: fn.title,
        status,
        qualifyingCredentialIds,
        offers: leading,
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
