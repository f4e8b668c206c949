import type { Catalog } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { UnknownReferenceError } from "../errors.ts";

export interface GroupInput {
  careType: "dagopvang" | "bso";
  ageBand: string;
  children: number;
}

/**
 * The ratio band of a group from the ages it takes (in months). A mixed-age group is counted at its
 * youngest band, the strictest one: a safe lower bound for planning, not the official calculator.
 */
export function groupInputFromAges(minAgeMonths: number, maxAgeMonths: number, children: number): GroupInput {
  if (minAgeMonths < 0 || maxAgeMonths <= minAgeMonths)
    throw new RangeError("age range must be increasing and ≥ 0");
  if (minAgeMonths >= 48) {
    const ageBand = maxAgeMonths <= 84 ? "4-7" : minAgeMonths >= 84 ? "7-13" : "4-13";
    return { careType: "bso", ageBand, children };
  }
  const youngestYear = Math.min(3, Math.floor(minAgeMonths / 12));
  return { careType: "dagopvang", ageBand: `${youngestYear}-${youngestYear + 1}`, children };
}

/** Minimum qualified staff (beroepskrachten) a single-age group needs under the staff–child ratio. */
export function requiredQualifiedStaff(catalog: Catalog, group: GroupInput): number {
  if (!Number.isInteger(group.children) || group.children < 0)
    throw new RangeError("children must be a whole number ≥ 0");
  if (group.children === 0) return 0;
  const rule = catalog.ratioRules.find((r) => r.careType === group.careType && r.ageBand === group.ageBand);
  if (!rule) throw new UnknownReferenceError("leeftijdsgroep", `${group.careType} ${group.ageBand}`);
  const within = rule.steps.find(([, maxChildren]) => group.children <= maxChildren);
  if (within) return within[0];
  const [staff, maxChildren] = rule.steps.at(-1)!;
  return Math.ceil((group.children * staff) / maxChildren);
}

export interface StaffingResult {
  required: number;
  qualified: number;
  /** Qualified staff in a group with 0-year-olds who lack babyscholing: they do not count here. */
  missingBabyscholing: number;
  /** Staff employed in a function the starting point does not allow them: they do not count. */
  notAllowed: number;
  /** Learners counted, within the cap. */
  learnersCounted: number;
  /** Staff that do not count (e.g. groepshulpen), and learners above the cap. */
  notCounted: number;
  shortfall: number;
}

/**
 * A staff member on the group: the function they are employed in and, where known, their babyscholing
 * and whether the starting point allows them that function (`mayFill: false` counts them nowhere).
 */
export type StaffMember = string | { functionId: string; babyscholing?: boolean; mayFill?: boolean };

export interface StaffingOptions {
  /** The group takes 0-year-olds: qualified staff need babyscholing to count. */
  withInfants?: boolean;
}

/**
 * Compares staff present with what is required. Groepshulpen do not count; learners count up to the
 * cap (a share of the requirement), and at least one qualified beroepskracht is always needed. In a
 * group with 0-year-olds a qualified beroepskracht without babyscholing is flagged and not counted.
 */
export function assessStaffing(
  catalog: Catalog,
  required: number,
  staff: StaffMember[],
  date: string,
  options: StaffingOptions = {},
): StaffingResult {
  const c = compileCatalog(catalog);
  let qualified = 0;
  let learners = 0;
  let notCounted = 0;
  let missingBabyscholing = 0;
  let notAllowed = 0;
  for (const member of staff) {
    const id = typeof member === "string" ? member : member.functionId;
    const fn = c.function.get(id);
    if (!fn) throw new UnknownReferenceError("functie", id);
    if (typeof member !== "string" && member.mayFill === false) {
      notAllowed++;
      notCounted++;
    } else if (fn.countsInRatio === "qualified") {
      if (options.withInfants && typeof member !== "string" && !member.babyscholing) {
        missingBabyscholing++;
        notCounted++;
      } else qualified++;
    } else if (fn.countsInRatio === "learner") learners++;
    else notCounted++;
  }
  // A sector without a learner cap lets no learner count (fail closed).
  const cap = catalog.learnerCap;
  const share = cap === null ? 0 : date <= cap.temporaryUntil ? cap.temporaryShare : cap.normalShare;
  const learnerCap = Math.floor(required * share);
  const learnersCounted = qualified === 0 ? 0 : Math.min(learners, learnerCap);
  return {
    required,
    qualified,
    missingBabyscholing,
    notAllowed,
    learnersCounted,
    notCounted: notCounted + learners - learnersCounted,
    shortfall: Math.max(0, required - qualified - learnersCounted, required > 0 && qualified === 0 ? 1 : 0),
  };
}
