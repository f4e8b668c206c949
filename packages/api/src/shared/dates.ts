import { addYears } from "date-fns";
import { z } from "zod";

/**
 * Calendar dates travel as ISO strings (YYYY-MM-DD); the database stores them as DATE columns. The
 * same spelling as `toISOString`, written from the date's parts: a list writes hundreds of dates per
 * request (the team overview), and `toISOString` costs several times more. A year outside 0–9999 and
 * an invalid date are left to `toISOString` (its six-digit years, its RangeError).
 */
export function isoDate(d: Date): string {
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return d.toISOString().slice(0, 10);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
export const isoDateOrNull = (d: Date | null | undefined): string | null => (d ? isoDate(d) : null);
export const today = (): string => isoDate(new Date());
export const dateColumn = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** No contract, rating, review or recognition in this product dates from before this day. */
const EARLIEST_PLAUSIBLE_DATE = "1950-01-01";
/** 2026-09-01 as 1-9-2026. */
export const dutchDate = (iso: string) => iso.split("-").map(Number).toReversed().join("-");

/**
 * An ISO date a user typed, refused with a reason when it cannot be meant: before 1950 (year 0000,
 * a typo in the century) or more than `yearsAhead` years after today (0: not in the future).
 */
export function plausibleDate(what: string, yearsAhead: number) {
  return z.iso
    .date({ error: `Vul een geldige ${what} in.`, abort: true })
    .refine((iso) => iso >= EARLIEST_PLAUSIBLE_DATE, {
      message: `Controleer het jaartal: een ${what} vóór ${dutchDate(EARLIEST_PLAUSIBLE_DATE)} kan niet kloppen.`,
      abort: true,
    })
    .refine(
      (iso) => iso <= isoDate(addYears(new Date(), yearsAhead)),
      yearsAhead === 0
        ? `Een ${what} kan niet in de toekomst liggen.`
        : `Controleer het jaartal: een ${what} ligt hoogstens ${yearsAhead} jaar vooruit.`,
    );
}
