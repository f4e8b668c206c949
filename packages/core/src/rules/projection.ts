import { addCalendarMonths, formatISO } from "../dates.ts";

/** How many quarters ahead the staffing projections look. */
export const PROJECTION_QUARTERS = 6;

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** A quarter as the projections name it: `2027-K1` for any day in January to March 2027. */
export const quarterLabel = (date: string): string => `${date.slice(0, 4)}-K${quarterOf(date)}`;

/** The last days of the PROJECTION_QUARTERS quarters after the one `asOf` falls in, earliest first. */
export function projectionQuarterEnds(asOf: string): string[] {
  const year = Number(asOf.slice(0, 4));
  const firstMonth = (quarterOf(asOf) - 1) * 3;
  // Day 0 of the month after a quarter is its last day.
  return Array.from({ length: PROJECTION_QUARTERS }, (_, i) =>
    formatISO(new Date(Date.UTC(year, firstMonth + 3 * (i + 2), 0))),
  );
}

/** What the projection reads of a plan: the months of its chosen route and of the routes it offers. */
export interface ProjectedPlan {
  route: { totalMonths: number } | null;
  routes: readonly { totalMonths: number }[];
}

/**
 * When a path is expected to make its person count under its goal function: its start plus the months
 * of the route it follows (the chosen route, else the first the planner offers), rounded up to whole
 * months. Null without a goal function or a route. `plan` is asked only for a path with a goal function.
 */
export function expectedQualification(
  path: { goalFunctionId: string | null; startedOn: string },
  plan: () => ProjectedPlan | null,
): { functionId: string; on: string } | null {
  if (!path.goalFunctionId) return null;
  const planned = plan();
  const months = planned?.route?.totalMonths ?? planned?.routes[0]?.totalMonths;
  return months === undefined
    ? null
    : { functionId: path.goalFunctionId, on: addCalendarMonths(path.startedOn, Math.ceil(months)) };
}
