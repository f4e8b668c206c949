/**
 * What waits for someone in a leerbedrijf: which ratings still need a signature, when a path's review
 * is due, and when a school's answer still asks something of the employer. The to-do list and the
 * notifications show exactly this, and the procedures that do the work refuse what it does not name.
 */
import { addDays, formatISO, parseISO } from "../dates.ts";

/**
 * The one kind of evidence the leerbedrijf signs and co-signs: a praktijkbeoordeling. An observation is
 * no judgement and a school's exam result is signed by the school's examinator, not by the employer.
 */
export const SIGNED_BY_EMPLOYER = "PRACTICE_ASSESSMENT";

export interface RatingSignatures {
  kind: string;
  signed: boolean;
  coSigned: boolean;
  /** A correction replaced it: the correction is what gets signed. */
  superseded: boolean;
  /** The reader signed it themselves: four eyes means someone else co-signs. */
  signedByReader: boolean;
}

/** The signature a rating waits for from this reader: "sign", "coSign", or null when it waits for none. */
export function awaitedSignature(rating: RatingSignatures): "sign" | "coSign" | null {
  if (rating.kind !== SIGNED_BY_EMPLOYER || rating.superseded) return null;
  if (!rating.signed) return "sign";
  if (!rating.coSigned && !rating.signedByReader) return "coSign";
  return null;
}

export interface ReviewDates {
  /** ISO date of the planned review; null when none is planned. */
  nextReviewOn: string | null;
  /** ISO date of the last review held (the move from step 8 back to 3). */
  lastReviewedOn: string | null;
}

/**
 * Whether a path's review is due on `asOf`: planned within `horizonDays` (or overdue) and not held yet.
 * A review held within the horizon before the planned date is that review, held early.
 */
export function isReviewDue(path: ReviewDates, asOf: string, horizonDays: number): boolean {
  if (!path.nextReviewOn || path.nextReviewOn > shiftIsoDate(asOf, horizonDays)) return false;
  return !path.lastReviewedOn || path.lastReviewedOn < shiftIsoDate(path.nextReviewOn, -horizonDays);
}

export interface SchoolAnswer {
  status: "SUBMITTED" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
  /** The employer agreed to the school's proposal. */
  proposalAccepted: boolean;
  /** The employer sent the path another training request after this answer. */
  followedByRequest: boolean;
}

/**
 * Whether a school's answer still asks something of the employer: a proposal to agree to, or a
 * refusal after which another school is to be asked. Both are done at step 7 of the path.
 */
export function isSchoolAnswerWaiting(answer: SchoolAnswer): boolean {
  if (answer.status === "ACCEPTED") return !answer.proposalAccepted;
  if (answer.status === "DECLINED") return !answer.followedByRequest;
  return false;
}

const shiftIsoDate = (date: string, days: number) => formatISO(addDays(parseISO(date), days));
