import { isConsentInForce, type ConsentFact } from "./consent.ts";
import type { IssuedCredentialFacts, PathEndReason } from "./path-outcome.ts";

/**
 * The steps of a path that belong to the person and their goal (startpunt, loopbaanperspectief,
 * ambitie, doel, scholingsbehoefte) carry over to a new employer; from step 6 on (ruimte, tijd en
 * middelen: the praktijkopleider and the hours; the scholingsaanbod) the new workplace arranges its own.
 */
export const LAST_CARRIED_STEP = 5;

/** What the hand-over rule reads of a path that ended at the old employer, and of its person. */
export interface HandoverPathFacts {
  endReason: PathEndReason | null;
  /** The employer the old employer named when the person moved, if any. */
  movedToEmployerOrganizationId: string | null;
  currentStep: number;
  /** The day the path started (ISO date). */
  startedOn: string;
  goalFunctionId: string | null;
  goalCredentialId: string | null;
  chosenRoute: string | null;
  learningRoute: string | null;
  careerPerspective: string | null;
  ambition: string | null;
  /** The person's consents, as recorded. */
  consents: readonly ConsentFact[];
  /** The credentials issued to the person. */
  credentials: readonly IssuedCredentialFacts[];
}

/** What a new employer may see of a path handed over to it, and continue from. */
export interface PathHandover {
  goalFunctionId: string | null;
  goalCredentialId: string | null;
  chosenRoute: string | null;
  learningRoute: string | null;
  careerPerspective: string | null;
  ambition: string | null;
  /** The step the continued path starts at. */
  resumeStep: number;
  /** The credentials achieved on the path: issued since it started, up to `at`, not replaced. */
  achievedCredentialIds: string[];
}

/**
 * What of a path ended at the old employer the employer `employerOrganizationId` may see and continue
 * at `at`, or null when nothing: only a path that ended because the person moved to that very
 * employer, and only while the person's consent to share with it is in force at that moment (a
 * withdrawn consent hides it again). The goal, its route and what the person wrote about their
 * perspective and ambition carry over, with the credentials achieved on the way; the continued path
 * starts at the step the old one stood at, at most `LAST_CARRIED_STEP`.
 */
export function pathHandover(
  path: HandoverPathFacts,
  employerOrganizationId: string,
  at: Date,
): PathHandover | null {
  if (path.endReason !== "MOVED_EMPLOYER") return null;
  if (path.movedToEmployerOrganizationId !== employerOrganizationId) return null;
  if (!isConsentInForce(path.consents, "SHARE_WITH_EMPLOYER", employerOrganizationId, at)) return null;
  const asOf = at.toISOString().slice(0, 10);
  return {
    goalFunctionId: path.goalFunctionId,
    goalCredentialId: path.goalCredentialId,
    chosenRoute: path.chosenRoute,
    learningRoute: path.learningRoute,
    careerPerspective: path.careerPerspective,
    ambition: path.ambition,
    resumeStep: Math.min(path.currentStep, LAST_CARRIED_STEP),
    achievedCredentialIds: path.credentials
      .filter((c) => !c.superseded && c.issuedOn >= path.startedOn && c.issuedOn <= asOf)
      .map((c) => c.id),
  };
}
