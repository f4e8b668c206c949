import { z } from "zod";
import { CoreInputError } from "../errors.ts";
import { currentRecords } from "./supersession.ts";

/**
 * The Leerwerkloket's advice note (school-and-region §2: learning and career advice including
 * funding): written as a concept, given to the candidate, then followed up. A given note never
 * changes; a correction is a new version that supersedes it, with a reason, and the old one stays
 * readable.
 */
export const ADVICE_STATUSES = ["CONCEPT", "GIVEN", "FOLLOWED_UP"] as const;
export const adviceStatusSchema = z.enum(ADVICE_STATUSES);
export type AdviceStatus = z.infer<typeof adviceStatusSchema>;

/** What a user does to a note: edit the concept, give it, mark it followed up, correct it with a new version. */
export type AdviceChange = "edit" | "give" | "followUp" | "correct";

const ALLOWED: Record<AdviceChange, { from: readonly AdviceStatus[]; refusal: string }> = {
  edit: {
    from: ["CONCEPT"],
    refusal: "Dit advies is al gegeven en verandert niet meer. Maak een nieuwe versie met een reden.",
  },
  give: { from: ["CONCEPT"], refusal: "Dit advies is al gegeven." },
  followUp: {
    from: ["GIVEN"],
    refusal: "Alleen een gegeven advies dat nog niet is opgevolgd kan als opgevolgd worden gemarkeerd.",
  },
  correct: {
    from: ["GIVEN", "FOLLOWED_UP"],
    refusal:
      "Een concept corrigeer je door het aan te passen; alleen een gegeven advies krijgt een nieuwe versie.",
  },
};

export class AdviceChangeError extends CoreInputError {
  constructor(
    readonly change: AdviceChange,
    readonly status: AdviceStatus,
  ) {
    super("ADVICE_CHANGE", ALLOWED[change].refusal);
  }
}

/** Whether a note in `status` allows `change`. */
export function allowsAdviceChange(status: AdviceStatus, change: AdviceChange): boolean {
  return ALLOWED[change].from.includes(status);
}

/** Throws `AdviceChangeError` (a Dutch message) when a note in `status` does not allow `change`. */
export function assertAdviceChange(status: AdviceStatus, change: AdviceChange): void {
  if (!allowsAdviceChange(status, change)) throw new AdviceChangeError(change, status);
}

/** An advice note as the rules read it. */
export interface AdviceNoteFacts {
  id: string;
  version: number;
  status: AdviceStatus;
  supersedesId: string | null;
}

/**
 * The advice that holds for the candidate: the newest given (or followed-up) version no correction
 * replaced; undefined while nothing was given. A concept is the adviser's work in progress, never the
 * advice.
 */
export function currentAdvice<T extends AdviceNoteFacts>(notes: readonly T[]): T | undefined {
  return currentRecords(notes.filter((n) => n.status !== "CONCEPT")).reduce<T | undefined>(
    (newest, n) => (newest === undefined || n.version > newest.version ? n : newest),
    undefined,
  );
}

/**
 * Whether a reader sees a note in `status`: a given note is shared with everyone of the desk who may
 * read advice (under the candidate's advice consent); a concept only with those who write advice.
 */
export function isAdviceVisible(status: AdviceStatus, mayWriteAdvice: boolean): boolean {
  return mayWriteAdvice || status !== "CONCEPT";
}
