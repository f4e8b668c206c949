import { formatDate } from "@ontwikkelpad/ui";
import type { Path } from "../path-view.ts";

/**
 * Per sent request what the organisation still lacks before the school can enrol (an SBB recognition,
 * with what to do) and the messages the school sent on it: read here, before the enrolment would fail.
 */
export function RequestNotes({ requests }: { requests: Path["trainingRequests"] }) {
  const noted = requests.filter((r) => r.recognitionWarning || r.messages.length > 0);
  return noted.map((r) => (
    <section key={r.id} aria-labelledby={`request-notes-${r.id}`}>
      <h4 id={`request-notes-${r.id}`}>
        Aanvraag bij {r.school}
        {r.offer ? `: ${r.offer}` : ""}
      </h4>
      {r.recognitionWarning && <p className="warning">{r.recognitionWarning}</p>}
      {r.messages.length > 0 && (
        <ul aria-label={`Berichten van ${r.school}`}>
          {r.messages.map((m) => (
            <li key={m.id}>
              {m.author} op {formatDate(m.sentAt.slice(0, 10))}: {m.body}
            </li>
          ))}
        </ul>
      )}
    </section>
  ));
}
