import { CoreInputError } from "@ontwikkelpad/core";
import { z } from "zod";

/** A row with core's judgement of it, or the Dutch reason core could not judge the row's stored facts. */
export type Judged<T, R> =
  { row: T; judgement: R; problem: null } | { row: T; judgement: null; problem: string };

/**
 * Core's judgement of each row of a list. Core refuses facts it cannot judge (evidence dated after
 * today, a credential the catalog does not know) with a `CoreInputError`; in a list that refusal
 * belongs to its own row only: the row keeps core's Dutch reason as its `problem` and every other row
 * is judged normally. Any other error still fails the list.
 */
export function judgeEach<T, R>(rows: readonly T[], judge: (row: T) => R): Judged<T, R>[] {
  return rows.map((row) => {
    try {
      return { row, judgement: judge(row), problem: null };
    } catch (error) {
      if (!(error instanceof CoreInputError)) throw error;
      return { row, judgement: null, problem: error.message };
    }
  });
}

/** A person a page could not judge, named with the reason, so the page can show them apart. */
export const unjudgedPersonSchema = z.object({ personId: z.string(), name: z.string(), problem: z.string() });
