import { EVIDENCE_RESULT_LABELS, formatDate } from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";

type TimelineEntry = RouterOutputs["employer"]["persons"]["get"]["timeline"][number];

const KIND_LABELS: Record<TimelineEntry["kind"], string> = {
  step: "Stap",
  evidence: "Beoordeling",
  credential: "Diploma of certificaat",
  request: "Aanvraag",
};

/** The path from its start to now: steps, beoordelingen, credentials and requests, oldest first. */
export function PathTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0)
    return (
      <p className="empty">
        Er is nog niets gebeurd op het Ontwikkelpad: geen stappen, beoordelingen of diploma’s.
      </p>
    );
  // The API lists newest first; a stable sort keeps same-day entries in the order they happened.
  const ordered = entries.toSorted((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="timeline">
      {ordered.map((entry, index) => (
        <li key={`${entry.date}-${index}`}>
          <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          <span className="visually-hidden">{KIND_LABELS[entry.kind]}: </span>
          {entry.title}
          {entry.result && `: ${EVIDENCE_RESULT_LABELS[entry.result]}`}
          {entry.detail && <p className="hint">{entry.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
