import type { ReactNode } from "react";
import { formatDate } from "./format.ts";

/** A learning-team student's reflection as the api gives it to her school and to herself. */
export interface ReflectionItem {
  id: string;
  writtenOn: string;
  goalTitle: string | null;
  text: string;
  correctionReason: string | null;
  superseded: boolean;
}

/**
 * A student's reflections, newest first: the date, the goal it is about, the text, the reason of a
 * correction; a corrected one stays, marked. `renderAction` adds what the reader may do with one (correct it).
 */
export function ReflectionList({
  reflections,
  renderAction,
}: {
  reflections: readonly ReflectionItem[];
  renderAction?: (reflection: ReflectionItem) => ReactNode;
}) {
  return (
    <ul>
      {reflections.map((r) => (
        <li key={r.id}>
          <strong>{formatDate(r.writtenOn)}</strong>
          {r.goalTitle && ` (${r.goalTitle})`}: {r.text}
          {r.correctionReason && <em> Correctie: {r.correctionReason}</em>}
          {r.superseded && " (gecorrigeerd)"}
          {renderAction?.(r)}
        </li>
      ))}
    </ul>
  );
}
