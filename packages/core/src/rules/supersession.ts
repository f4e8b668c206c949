/**
 * A record a correction may replace: rated evidence, exam results, attendance and coaching entries,
 * issued credentials. Nothing recorded is changed; a correction is a new record, and the link sits on
 * one side: the correction names what it corrects (`supersedesId`), or the corrected record names its
 * correction (`supersededById`).
 */
export interface CorrectableRecord {
  id?: string;
  /** On a correction: the record it replaces. */
  supersedesId?: string | null;
  /** On a corrected record: the correction that replaced it. */
  supersededById?: string | null;
}

/**
 * A correction replaces what it corrects: the records no correction replaced, in their order. Either
 * side of the link is enough (a corrected record is left out when a correction in the list names it or
 * when it names its correction).
 */
export function currentRecords<T extends CorrectableRecord>(records: readonly T[]): T[] {
  let replaced: Set<string> | undefined;
  for (const r of records) if (r.supersedesId) (replaced ??= new Set()).add(r.supersedesId);
  return records.filter((r) => !r.supersededById && !(r.id !== undefined && replaced?.has(r.id)));
}
