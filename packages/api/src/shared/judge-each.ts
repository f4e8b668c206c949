import { CoreInputError } from "@ontwikkelpad/core";
import { z } from "zod";

/** Core's judgement, or the Dutch reason core could not judge the stored facts it was given. */
export type Judgement<R> = { judgement: R; problem: null } | { judgement: null; problem: string };

/** A row with core's judgement of it, or the reason core could not judge the row's stored facts. */
export type Judged<T, R> = Judgement<R> & { row: T };

/**
 * Core's judgement of one person or record on a page of its own: a `CoreInputError` about its stored
 * facts becomes the `problem` the page shows, so the page still opens; any other error is thrown.
 */
export function judgeOne<R>(judge: () => R): Judgement<R> {
  try {
    return { judgement: judge(), problem: null };
  } catch (error) {
    if (!(error instanceof CoreInputError)) throw error;
    return { judgement: null, problem: error.message };
  }
}

/**
 * Core's judgement of each row of a list. Core refuses facts it cannot judge (evidence dated after
 * today, a credential the catalog does not know) with a `CoreInputError`; in a list that refusal
 * belongs to its own row only: the row keeps core's Dutch reason as its `problem` and every other row
 * is judged normally. Any other error still fails the list.
 */
export function judgeEach<T, R>(rows: readonly T[], judge: (row: T) => R): Judged<T, R>[] {
  return rows.map((row) => ({ row, ...judgeOne(() => judge(row)) }));
}

/** A person a page could not judge, named with the reason, so the page can show them apart. */
export const unjudgedPersonSchema = z.object({ personId: z.string(), name: z.string(), problem: z.string() });
