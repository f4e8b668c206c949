import { ErrorMessage, Field, useTRPC } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ClassData as Data } from "./class-data.ts";

/** The docent's note of a week with one learner: a week picker, the learner and the text. */
export function NoteForm({ data, onWritten }: { data: Data; onWritten: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [week, setWeek] = useState(data.currentWeek);
  const [enrolmentId, setEnrolmentId] = useState("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ week?: string; learner?: string; text?: string }>({});
  const [saved, setSaved] = useState(false);
  const write = useMutation(
    trpc.school.classes.addNote.mutationOptions({
      onSuccess: async () => {
        setText("");
        setSaved(true);
        await onWritten();
      },
    }),
  );
  if (data.learners.length === 0)
    return <p className="hint">Voeg eerst deelnemers toe om reflecties te schrijven.</p>;
  return (
    <form
      noValidate
      aria-label="Reflectie schrijven"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        const next = {
          ...(/^\d{4}-W\d{2}$/.test(week) ? {} : { week: "Kies een week." }),
          ...(enrolmentId ? {} : { learner: "Kies de deelnemer." }),
          ...(text.trim().length >= 3 ? {} : { text: "Schrijf wat jullie deze week bespraken." }),
        };
        setErrors(next);
        setSaved(false);
        if (Object.keys(next).length === 0)
          write.mutate({ classId: data.id, enrolmentId, isoWeek: week, text });
      }}
    >
      <fieldset>
        <legend>Reflectie schrijven</legend>
        <p className="hint">
          Een reflectie staat vast zodra je hem opslaat; een aanvulling is een nieuwe reflectie.
        </p>
        <div className="form-grid">
          <Field label="Week" required error={errors.week}>
            {(props) => (
              <input {...props} type="week" value={week} onChange={(e) => setWeek(e.target.value)} />
            )}
          </Field>
          <Field label="Deelnemer" required error={errors.learner}>
            {(props) => (
              <select {...props} value={enrolmentId} onChange={(e) => setEnrolmentId(e.target.value)}>
                <option value="">Kies een deelnemer</option>
                {data.learners.map((l) => (
                  <option key={l.enrolmentId} value={l.enrolmentId}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Wat bespraken jullie?" required error={errors.text}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        {Boolean(write.error) && <ErrorMessage error={write.error} />}
        {saved && <output className="success">De reflectie is opgeslagen.</output>}
        <div className="actions">
          <button type="submit" disabled={write.isPending}>
            {write.isPending ? "Bezig met opslaan…" : "Reflectie opslaan"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
