/**
 * How an Ontwikkelpad ends: with its goal met (completed), or because the person leaves the employer
 * with or without a result on the way, or moves to another employer. A path ends once, with one reason;
 * the person's history keeps it and a next goal starts a new path.
 */
export const PATH_END_REASONS = [
  "COMPLETED",
  "LEFT_WITH_RESULT",
  "STOPPED_WITHOUT_RESULT",
  "MOVED_EMPLOYER",
] as const;
export type PathEndReason = (typeof PATH_END_REASONS)[number];

/** What the outcome rules read of a path. */
export interface PathGoalFacts {
  /** The catalog id of the diploma, certificate or praktijkverklaring the path aims at, if chosen. */
  goalCredentialId: string | null;
  /** The day the path started (ISO date). */
  startedOn: string;
}

/** One credential issued to the person, as the outcome rules read it. */
export interface IssuedCredentialFacts {
  id: string;
  /** Catalog id (PMK, C0125, …). */
  credentialId: string;
  /** ISO date. */
  issuedOn: string;
  /** A correction replaced it: it no longer counts. */
  superseded: boolean;
}

const counts = (c: IssuedCredentialFacts, asOf: string) => !c.superseded && c.issuedOn <= asOf;

/**
 * The issued credential that meets the path's goal on `asOf` (the earliest one, whenever it was issued),
 * or null: the goal is met when the credential it names is issued and no correction replaced it. A path
 * without a goal credential is never met by an issue.
 */
export function goalCredential(
  path: PathGoalFacts,
  credentials: readonly IssuedCredentialFacts[],
  asOf: string,
): IssuedCredentialFacts | null {
  if (path.goalCredentialId === null) return null;
  const meeting = credentials
    .filter((c) => c.credentialId === path.goalCredentialId && counts(c, asOf))
    .toSorted((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  return meeting[0] ?? null;
}

/** Why a running path ends when it is not completed on an issue. */
export type PathLeaving = "LEFT" | "MOVED_EMPLOYER";

/**
 * The end reason of a path that ends on `asOf` because the person leaves: completed when its goal is
 * met; a move to another employer stays a move (the path may continue there); otherwise left with a
 * result when a credential was issued to the person since the path started, stopped without one else.
 */
export function pathEndReason(
  path: PathGoalFacts,
  credentials: readonly IssuedCredentialFacts[],
  leaving: PathLeaving,
  asOf: string,
): PathEndReason {
  if (goalCredential(path, credentials, asOf)) return "COMPLETED";
  if (leaving === "MOVED_EMPLOYER") return "MOVED_EMPLOYER";
  const resultOnTheWay = credentials.some((c) => counts(c, asOf) && c.issuedOn >= path.startedOn);
  return resultOnTheWay ? "LEFT_WITH_RESULT" : "STOPPED_WITHOUT_RESULT";
}
