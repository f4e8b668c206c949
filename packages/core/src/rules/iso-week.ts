/**
 * ISO weeks (2026-W48) as the mentor team's reflection notes are kept: weeks start on Monday and
 * week 1 holds the year's first Thursday.
 */

const PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week of an ISO date, e.g. 2026-12-02 → 2026-W49. */
export function isoWeekOf(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the year and the week number.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  const week = Math.ceil(((date.getTime() - firstDay) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The number of ISO weeks in a year: 53 when it starts or (leap year) ends on a Thursday. */
function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).endsWith("53") ? 53 : 52;
}

/** Whether the text is an existing ISO week such as 2026-W48. */
export function isIsoWeek(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(Number(match[1]));
}
