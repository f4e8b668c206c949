/**
 * Protected figures are published per closed calendar month or quarter only: a period id on the wire
 * ("2026-10" or "2026-Q3"), never free dates, so no two requestable periods differ by a day or a
 * single month that is not itself published with its own noise. The month or quarter that holds
 * `asOf` is still open and is not published; figures of a closed period count what was true at its end,
 * so later registrations, outcomes and erasures (all dated when they happen) leave them as they are.
 */

import { z } from "zod";

/** A calendar month ("2026-10") or quarter ("2026-Q3"). */
export const reportingPeriodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "Kies een afgesloten maand of kwartaal.");
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

export type ReportingPeriodKind = "month" | "quarter";

const pad = (n: number) => String(n).padStart(2, "0");
const monthId = (year: number, month: number) => `${year}-${pad(month)}`;

/** The months ("YYYY-MM") a period consists of, in order. */
export function monthsOf(period: ReportingPeriod): string[] {
  const [year, part] = period.split("-") as [string, string];
  if (!part.startsWith("Q")) return [period];
  const first = (Number(part.slice(1)) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => monthId(Number(year), first + i));
}

/** The period's first day and the day after its last (ISO dates, end exclusive). */
export function periodBounds(period: ReportingPeriod): { from: string; until: string } {
  const months = monthsOf(period);
  const [year, month] = months.at(-1)!.split("-").map(Number) as [number, number];
  const next = month === 12 ? monthId(year + 1, 1) : monthId(year, month + 1);
  return { from: `${months[0]}-01`, until: `${next}-01` };
}

/** Whether the period has ended on `asOf` (an ISO date): only then may it be published. */
export function isClosedPeriod(period: ReportingPeriod, asOf: string): boolean {
  return periodBounds(period).until <= asOf;
}

/**
 * The last `count` closed months or quarters before `asOf` (an ISO date), newest first: the periods a
 * user may choose.
 */
export function closedPeriods(kind: ReportingPeriodKind, asOf: string, count: number): ReportingPeriod[] {
  const [year, month] = asOf.split("-").map(Number) as [number, number];
  const periods: ReportingPeriod[] = [];
  if (kind === "month") {
    for (let i = 1; i <= count; i++) {
      const index = year * 12 + (month - 1) - i;
      periods.push(monthId(Math.floor(index / 12), (index % 12) + 1));
    }
  } else {
    const current = year * 4 + Math.floor((month - 1) / 3);
    for (let i = 1; i <= count; i++) {
      const index = current - i;
      periods.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
    }
  }
  return periods;
}
