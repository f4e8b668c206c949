import type { Catalog, LearningRoute, Qualification } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";

/**
 * Werkprocessen already covered: what a person has shown plus what earlier steps of a route add, as a
 * bit per werkproces of the catalog (`workProcessIndex`).
 */
export class Covered {
  private readonly bits: Uint8Array;
  constructor(shown: Uint8Array) {
    this.bits = shown.slice();
  }
  /** Whether the werkproces at this position is covered; a position of -1 (not in the catalog) never is. */
  hasIndex(index: number): boolean {
    return this.bits[index] === 1;
  }
  /** Covers the werkproces at this position; -1 (not in the catalog) covers nothing. */
  addIndex(index: number): void {
    if (index >= 0) this.bits[index] = 1;
  }
}

/** The leerwegen Ontwikkelpad training runs in; a diploma route is offered in each the catalog lists. */
const PATH_ROUTES: readonly LearningRoute[] = ["BBL", "DERDE_LEERWEG"];

/** Leerwegen a diploma can be planned in: BBL and derde leerweg where listed, otherwise what the catalog has. */
export function diplomaLearningRoutes(q: Qualification): LearningRoute[] {
  const listed = PATH_ROUTES.filter((r) => q.durationMonths[r] !== undefined);
  return listed.length > 0 ? listed : (Object.keys(q.durationMonths) as LearningRoute[]);
}

/** A share of a credential's months for the part of its werkprocessen still to learn; at least one month. */
export const scaledMonths = (months: number, part: number, whole: number) =>
  Math.max(1, Math.ceil(months * (whole === 0 ? 0 : part / whole)));

const countMissing = (indices: Int32Array, covered: Covered) => {
  let n = 0;
  for (const i of indices) if (!covered.hasIndex(i)) n++;
  return n;
};

/** Months a diploma takes in a leerweg when `missing` of its werkprocessen are still to learn. */
export function diplomaMonths(q: Qualification, route: LearningRoute, missing: number): number {
  return Math.max(
    q.minimumMonths ?? 1,
    scaledMonths(q.durationMonths[route] ?? 12, missing, q.workProcessIds.length),
  );
}

/**
 * The least effort, in months, to obtain the first of these credentials that is quickest, given the
 * werkprocessen already covered; adds the chosen one's werkprocessen to `covered`.
 */
export function quickestCredential(
  catalog: Catalog,
  kind: "DIPLOMA" | "CERTIFICATE",
  ids: readonly string[],
  covered: Covered,
): number {
  const c = compileCatalog(catalog);
  let best = Infinity;
  let bestIndices: Int32Array | undefined;
  for (const id of ids) {
    if (kind === "DIPLOMA") {
      const q = c.qualification.get(id);
      if (!q) continue;
      const indices = c.qualificationWorkProcesses.get(id)!;
      const missing = countMissing(indices, covered);
      for (const route of diplomaLearningRoutes(q)) {
        const months = diplomaMonths(q, route, missing);
        if (months < best) [best, bestIndices] = [months, indices];
      }
    } else {
      const cert = c.certificate.get(id);
      if (!cert) continue;
      const indices = c.certificateWorkProcesses.get(id)!;
      const months = scaledMonths(
        cert.durationMonths,
        countMissing(indices, covered),
        cert.workProcessIds.length,
      );
      if (months < best) [best, bestIndices] = [months, indices];
    }
  }
  if (bestIndices) for (const i of bestIndices) covered.addIndex(i);
  return best === Infinity ? 0 : best;
}
