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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks the `asOf` a rule is asked about: a real ISO date within the plausible range, or a typed error. */
export function assertAsOf(asOf: string): void {
  if (
    typeof asOf !== "string" ||
    !ISO_DATE.test(asOf) ||
    !plausibleYear(asOf) ||
    formatISO(parseISO(asOf)) !== asOf
  ) {
    throw new InvalidDateError("peildatum", String(asOf));
  }
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
