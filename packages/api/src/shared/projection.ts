import type { EmployerFacts, PersonProfileInput } from "@ontwikkelpad/core";
import { addMonths, addQuarters, endOfQuarter, format, getQuarter, startOfQuarter } from "date-fns";
import { chosenPlan } from "./plan-view.ts";

/** How many quarters ahead the staffing projections look. */
export const PROJECTION_QUARTERS = 6;

/** A quarter as the projections name it: `2027-K1`. */
export const quarterLabel = (d: Date) => `${format(d, "yyyy")}-K${getQuarter(d)}`;

/** The ends of the next PROJECTION_QUARTERS quarters after the one `now` falls in. */
export const projectionQuarterEnds = (now: Date): Date[] =>
  Array.from({ length: PROJECTION_QUARTERS }, (_, i) =>
    endOfQuarter(addQuarters(startOfQuarter(now), i + 1)),
  );

/**
 * When a path is expected to make its person count under its goal function: its start plus the
 * months of the route it follows (the chosen route, else the first the planner offers). Null without
 * a goal function or a route.
 */
export function expectedQualification(
  path: {
    goalFunctionId: string | null;
    goalCredentialId: string | null;
    chosenRoute: string | null;
    startedAt: Date;
  },
  profile: PersonProfileInput,
  facts: EmployerFacts,
  asOf: string,
): { functionId: string; on: Date } | null {
  if (!path.goalFunctionId) return null;
  const plan = chosenPlan(path, profile, facts, asOf);
  const months = plan?.route?.totalMonths ?? plan?.routes[0]?.totalMonths;
  return months === undefined
    ? null
    : { functionId: path.goalFunctionId, on: addMonths(path.startedAt, Math.ceil(months)) };
}
