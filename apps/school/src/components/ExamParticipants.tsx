import type { RouterOutputs } from "@ontwikkelpad/api";
import { EVIDENCE_RESULT_LABELS, SimpleTable } from "@ontwikkelpad/ui";

type Learner = RouterOutputs["school"]["examResults"]["candidates"]["learners"][number];
type Outcome = "PASSED" | "FAILED";

/** One learner's part in the exam being registered: their outcome if known, and a note. */
export interface Entry {
  outcome: Outcome | "";
  note: string;
}

/**
 * The learners of the exam's credential, to pick all of them or a class at once, and per learner
 * whether they took part, their outcome and a note.
 */
export function ExamParticipants({
  credentialTitle,
  learners,
  entries,
  error,
  onPick,
  onEntry,
}: {
  credentialTitle: string;
  learners: readonly Learner[];
  entries: ReadonlyMap<string, Entry>;
  error: string | undefined;
  onPick: (personIds: string[]) => void;
  onEntry: (personId: string, entry: Entry | null) => void;
}) {
  const classes = [...new Set(learners.flatMap((l) => (l.className ? [l.className] : [])))];
  return (
    <fieldset aria-describedby={error ? "deelnemers-error" : undefined}>
      <legend>Deelnemers</legend>
      {error && (
        <p className="field-error" id="deelnemers-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onPick(learners.map((l) => l.personId))}>
          Alle deelnemers voor {credentialTitle} kiezen
        </button>
        {classes.map((name) => (
          <button
            key={name}
            type="button"
            className="secondary"
            onClick={() => onPick(learners.filter((l) => l.className === name).map((l) => l.personId))}
          >
            Klas {name} kiezen
          </button>
        ))}
      </div>
      <SimpleTable
        caption="Deelnemers en hun uitslag"
        rows={learners}
        rowKey={(l) => l.enrolmentId}
        columns={[
          {
            header: "Deelnemer",
            rowHeader: true,
            render: (l) => `${l.person}${l.className ? ` (klas ${l.className})` : ""}`,
          },
          {
            header: "Doet mee",
            render: (l) => (
              <input
                type="checkbox"
                aria-label={`${l.person} doet mee`}
                checked={Boolean(entries.get(l.personId))}
                onChange={(e) => onEntry(l.personId, e.target.checked ? { outcome: "", note: "" } : null)}
              />
            ),
          },
          {
            header: "Uitslag",
            render: (l) => {
              const entry = entries.get(l.personId);
              return (
                <select
                  aria-label={`Uitslag ${l.person}`}
                  disabled={!entry}
                  value={entry?.outcome ?? ""}
                  onChange={(e) =>
                    entry && onEntry(l.personId, { ...entry, outcome: e.target.value as Outcome | "" })
                  }
                >
                  <option value="">Nog geen uitslag</option>
                  <option value="PASSED">{EVIDENCE_RESULT_LABELS.PASSED}</option>
                  <option value="FAILED">{EVIDENCE_RESULT_LABELS.FAILED}</option>
                </select>
              );
            },
          },
          {
            header: "Opmerking",
            render: (l) => {
              const entry = entries.get(l.personId);
              return (
                <input
                  aria-label={`Opmerking ${l.person}`}
                  disabled={!entry}
                  value={entry?.note ?? ""}
                  onChange={(e) => entry && onEntry(l.personId, { ...entry, note: e.target.value })}
                />
              );
            },
          },
        ]}
      />
    </fieldset>
  );
}
