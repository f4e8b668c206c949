import type { CredentialKind } from "../catalog/lookup.ts";
import type { ReferralStatus } from "./consent.ts";
import type { PathEndReason } from "./path-outcome.ts";

/** The region funnel's stages, furthest last (aangemeld … diploma): each reached when its event happened. */
export const FUNNEL_STAGES = [
  "REGISTERED",
  "INTAKE",
  "REFERRED",
  "STARTED",
  "PRAKTIJKVERKLARING",
  "CERTIFICATE",
  "DIPLOMA",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * How a candidate's journey ended, beside the stage reached: the goal met, left the employer with a
 * result, moved to another employer, or uitgevallen (a path stopped without its goal or a result, or
 * the candidate left the desk before being hired). A candidate still on the way has none.
 */
export const FUNNEL_OUTCOMES = ["COMPLETED", "LEFT_WITH_RESULT", "MOVED_EMPLOYER", "DROPPED_OUT"] as const;
export type FunnelOutcome = (typeof FUNNEL_OUTCOMES)[number];

/** The funnel's columns: the stages, then the outcomes. A candidate counts in one stage and at most one outcome. */
export const FUNNEL_COLUMNS = [...FUNNEL_STAGES, ...FUNNEL_OUTCOMES] as const;
export type FunnelColumn = (typeof FUNNEL_COLUMNS)[number];

/** What the funnel reads of one registered candidate. */
export interface FunnelFacts {
  /** The registration was erased (the candidate withdrew the registration consent). */
  erased: boolean;
  /** The end reason of each of the person's Ontwikkelpaden, null for one still running. */
  pathEndReasons: readonly (PathEndReason | null)[];
  intakeCompleted: boolean;
  /** The kinds of the credentials issued to the person that no correction replaced. */
  credentialKinds: readonly CredentialKind[];
  /** The statuses of the region's referrals of the person. */
  referralStatuses: readonly ReferralStatus[];
}

const isHired = (facts: FunnelFacts) => facts.referralStatuses.includes("HIRED");

/**
 * The furthest stage the candidate reached, whatever came after (a stop or an erasure takes nothing
 * away): the highest credential issued; then a hire through a referral (started) or any referral not
 * withdrawn; then the intake; else registered.
 */
export function funnelStage(facts: FunnelFacts): FunnelStage {
  const kinds = new Set(facts.credentialKinds);
  if (kinds.has("DIPLOMA")) return "DIPLOMA";
  if (kinds.has("CERTIFICATE")) return "CERTIFICATE";
  if (kinds.has("PRAKTIJKVERKLARING")) return "PRAKTIJKVERKLARING";
  const referrals = facts.referralStatuses.filter((status) => status !== "WITHDRAWN");
  if (isHired(facts)) return "STARTED";
  if (referrals.length > 0) return "REFERRED";
  return facts.intakeCompleted ? "INTAKE" : "REGISTERED";
}

/**
 * How the candidate's journey ended, or null while it runs: a completed path first, then one left with
 * a result; a path still running (at a new employer, say) keeps the journey open; then a move to
 * another employer; uitgevallen only for a path stopped without a result, or an erased registration
 * of a candidate never hired (withdrawing the registration after the hire is the region's data going,
 * not a dropout).
 */
export function funnelOutcome(facts: FunnelFacts): FunnelOutcome | null {
  const reasons = new Set(facts.pathEndReasons);
  if (reasons.has("COMPLETED")) return "COMPLETED";
  if (reasons.has("LEFT_WITH_RESULT")) return "LEFT_WITH_RESULT";
  if (reasons.has(null)) return null;
  if (reasons.has("MOVED_EMPLOYER")) return "MOVED_EMPLOYER";
  if (reasons.has("STOPPED_WITHOUT_RESULT")) return "DROPPED_OUT";
  return facts.erased && !isHired(facts) ? "DROPPED_OUT" : null;
}

/** The columns a candidate counts in: the stage reached and, once it ended, the outcome. */
export function funnelColumns(facts: FunnelFacts): FunnelColumn[] {
  const outcome = funnelOutcome(facts);
  return outcome ? [funnelStage(facts), outcome] : [funnelStage(facts)];
}
