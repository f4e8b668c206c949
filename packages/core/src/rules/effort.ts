import type { Catalog, LearningRoute, Qualification } from "../catalog/schema.ts";
import { compileCatalog, workProcessIndices } from "../catalog/compiled.ts";

/**
 * Werkprocessen already covered: what a person has shown plus what earlier steps of a route add, as a
 * bit per werkproces of the catalog (`workProcessIndex`).
 */
export class Covered {
  private readonly bits: Uint8Array;
  constructor(
    private readonly catalog: Catalog,
    shown: Uint8Array,
  ) {
    this.bits = shown.slice();
  }
  /** Whether the werkproces at this position is covered; a position of -1 (not in the catalog) never is. */
  hasIndex(index: number): boolean {
    return this.bits[index] === 1;
  }
  /** Covers these werkprocessen of the catalog. */
  add(ids: readonly string[]): void {
    const index = compileCatalog(this.catalog).workProcessIndex;
    for (const id of ids) {
      const i = index.get(id);
      if (i !== undefined) this.bits[i] = 1;
    }
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

const countMissing = (catalog: Catalog, ids: readonly string[], covered: Covered) => {
  let n = 0;
  for (const i of workProcessIndices(catalog, ids)) if (!covered.hasIndex(i)) n++;
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
  let bestIds: readonly string[] = [];
  for (const id of ids) {
    if (kind === "DIPLOMA") {
      const q = c.qualification.get(id);
      if (!q) continue;
      const missing = countMissing(catalog, q.workProcessIds, covered);
      for (const route of diplomaLearningRoutes(q)) {
        const months = diplomaMonths(q, route, missing);
        if (months < best) [best, bestIds] = [months, q.workProcessIds];
      }
    } else {
      const cert = c.certificate.get(id);
      if (!cert) continue;
      const months = scaledMonths(
        cert.durationMonths,
        countMissing(catalog, cert.workProcessIds, covered),
        cert.workProcessIds.length,
      );
      if (months < best) [best, bestIds] = [months, cert.workProcessIds];
    }
  }
  covered.add(bestIds);
  return best === Infinity ? 0 : best;
}
