import { addDays, formatISO, parseISO } from "../dates.ts";

/** Days ahead a development path's review date comes to its people: the to-do list, the bell and the reminder mail. */
export const REVIEW_NOTICE_DAYS = 14;

/** The last review date that waits for someone on `asOf`: every review on or before it is due. */
export function reviewNoticeUntil(asOf: string): string {
  return formatISO(addDays(parseISO(asOf), REVIEW_NOTICE_DAYS));
}

/**
 * Whether a review on `reviewOn` waits for someone on `asOf`: "overdue" once the date has passed,
 * "due" from REVIEW_NOTICE_DAYS before it, null before that (or without a review date).
 */
export function reviewNotice(reviewOn: string | null, asOf: string): "due" | "overdue" | null {
  if (!reviewOn || reviewOn > reviewNoticeUntil(asOf)) return null;
  return reviewOn < asOf ? "overdue" : "due";
}
