import type { CredentialKind } from "../catalog/lookup.ts";
import type { ReferralStatus } from "./consent.ts";

/** The region funnel's stages, furthest last (aangemeld … diploma, then uitgevallen). */
export const FUNNEL_STAGES = [
  "REGISTERED",
  "INTAKE",
  "REFERRED",
  "STARTED",
  "PRAKTIJKVERKLARING",
  "CERTIFICATE",
  "DIPLOMA",
  "DROPPED_OUT",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** What the funnel reads of one registered candidate. */
export interface FunnelFacts {
  /** The registration was erased (the candidate left). */
  erased: boolean;
  /** One of the person's Ontwikkelpaden was stopped. */
  pathStopped: boolean;
  intakeCompleted: boolean;
  /** The kinds of the credentials issued to the person that no correction replaced. */
  credentialKinds: readonly CredentialKind[];
  /** The statuses of the region's referrals of the person. */
  referralStatuses: readonly ReferralStatus[];
}

/**
 * The stage a candidate counts in: once, at the furthest stage reached. An erased registration or a
 * stopped path is uitgevallen whatever came before; then the highest credential issued; then a hire
 * through a referral (started) or any referral not withdrawn; then the intake; else registered.
 */
export function funnelStage(facts: FunnelFacts): FunnelStage {
  if (facts.erased || facts.pathStopped) return "DROPPED_OUT";
  const kinds = new Set(facts.credentialKinds);
  if (kinds.has("DIPLOMA")) return "DIPLOMA";
  if (kinds.has("CERTIFICATE")) return "CERTIFICATE";
  if (kinds.has("PRAKTIJKVERKLARING")) return "PRAKTIJKVERKLARING";
  const referrals = facts.referralStatuses.filter((status) => status !== "WITHDRAWN");
  if (referrals.includes("HIRED")) return "STARTED";
  if (referrals.length > 0) return "REFERRED";
  return facts.intakeCompleted ? "INTAKE" : "REGISTERED";
}
