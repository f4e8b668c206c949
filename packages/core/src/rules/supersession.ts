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
export function currentRecords<T extends CorrectableRecord>(records: readonly T[]): readonly T[] {
  let replaced: Set<string> | undefined;
  let corrected = false;
  for (const r of records) {
    if (r.supersedesId) (replaced ??= new Set()).add(r.supersedesId);
    if (r.supersededById) corrected = true;
  }
  // Most lists hold no correction: they are current as they are.
  if (!replaced && !corrected) return records;
  return records.filter((r) => !r.supersededById && !(r.id !== undefined && replaced?.has(r.id)));
}
