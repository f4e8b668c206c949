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

/** The number written by `length` ASCII digits of `text` from `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * What `isoDateSchema` accepts, without zod or a Date (it runs for every evidence record): a real
 * calendar date written yyyy-mm-dd, in the plausible range.
 */
export function isPlausibleIsoDate(date: unknown): date is string {
  if (typeof date !== "string" || date.length !== 10 || date[4] !== "-" || date[7] !== "-") return false;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
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
