import { z } from "zod";
import { InvalidDateError } from "./errors.ts";

/** The years a date in this domain can plausibly fall in: no year 0000, no 2999. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

const plausibleYear = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};

/** An ISO date (yyyy-mm-dd) that exists in the calendar and falls within a plausible range. */
export const isoDateSchema = z.iso
  .date({ error: "Gebruik een datum als jjjj-mm-dd." })
  .refine(plausibleYear, { error: `Kies een datum tussen ${EARLIEST_YEAR} en ${LATEST_YEAR}.` });

/** The digit at `index` of `text`, or a value above 9 when it is not a digit. */
const digitAt = (text: string, index: number) => (text.charCodeAt(index) - 48) >>> 0;

const DASH = 45;

/**
 * What `isoDateSchema` accepts, without zod or a Date (it runs for every evidence record): a real
 * calendar date written yyyy-mm-dd, in the plausible range.
 */
export function isPlausibleIsoDate(date: unknown): date is string {
  if (typeof date !== "string" || date.length !== 10) return false;
  if (date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return false;
  const y0 = digitAt(date, 0);
  const y1 = digitAt(date, 1);
  const y2 = digitAt(date, 2);
  const y3 = digitAt(date, 3);
  const m0 = digitAt(date, 5);
  const m1 = digitAt(date, 6);
  const d0 = digitAt(date, 8);
  const d1 = digitAt(date, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Checks the `asOf` a rule is asked about: a real ISO date within the plausible range, or a typed error. */
export function assertAsOf(asOf: string): void {
  if (!isPlausibleIsoDate(asOf)) throw new InvalidDateError("peildatum", String(asOf));
}

/** The few calendar operations core needs on ISO dates (UTC, no time of day); core stays dependency-free. */
export function parseISO(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatISO(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export function addDays(date: Date, days: number): Date {
  const result = new Date(date);
  result.setUTCDate(result.getUTCDate() + days);
  return result;
}

/**
 * The same day `months` calendar months later, or the last day of that month when it is shorter:
 * 31-1-2027 plus one month is 28-2-2027.
 */
export function addCalendarMonths(date: string, months: number): string {
  const start = parseISO(date);
  const firstOfMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0));
  firstOfMonth.setUTCDate(Math.min(start.getUTCDate(), lastDay.getUTCDate()));
  return formatISO(firstOfMonth);
}

/**
 * Whether a period from `start` to `end`, both days included, lasts at least `months` months:
 * 1-1 to 31-12 is twelve months.
 */
export function lastsAtLeastMonths(start: string, end: string, months: number): boolean {
  return formatISO(addDays(parseISO(end), 1)) >= formatISO(addMonths(parseISO(start), months));
}

/** An ISO date the way Dutch users write it in messages: "2023-08-01" → "1-8-2023". */
export function formatDutchDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)}-${Number(month)}-${year}`;
}
