import type { RouterOutputs } from "@ontwikkelpad/api";
import { Field, FormPanel, QueryState, errorMessage, fieldErrorsOf, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ExamParticipants, type Entry } from "./ExamParticipants.tsx";

type Candidates = RouterOutputs["school"]["examResults"]["candidates"];

/**
 * Registers one exam for one learner or a group: the credential, what it covers (werkprocessen, single
 * ones or a whole kerntaak, or for a diploma one part of its generiek deel), then per learner whether they took part and, if known, the outcome.
 * Everything is saved at once, or nothing.
 */
export function RegisterExamForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const candidates = useQuery(trpc.school.examResults.candidates.queryOptions());
  return (
    <QueryState query={candidates}>
      {(data) =>
        data.credentials.length === 0 ? (
          <p className="empty">
            Er zijn geen lopende inschrijvingen voor een certificaat of diploma: schrijf eerst deelnemers in.
          </p>
        ) : (
          <Form data={data} onDone={onDone} />
        )
      }
    </QueryState>
  );
}

function Form({ data, onDone }: { data: Candidates; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [credentialId, setCredentialId] = useState(data.credentials[0]!.id);
  const [covers, setCovers] = useState<"workProcesses" | "generiekDeel">("workProcesses");
  const [workProcessIds, setWorkProcessIds] = useState<string[]>([]);
  const [generiekDeelPart, setGeneriekDeelPart] = useState("");
  const [title, setTitle] = useState("");
  const [assessedOn, setAssessedOn] = useState("");
  const [entries, setEntries] = useState<Map<string, Entry>>(new Map());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const register = useMutation(
    trpc.school.examResults.register.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.school.pathKey() });
        onDone();
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setProblems(fields);
        setFormError(Object.keys(fields).length ? null : errorMessage(error));
      },
    }),
  );
  const credential = data.credentials.find((c) => c.id === credentialId)!;
  const learners = data.learners.filter((l) => l.credentialId === credentialId);
  const chosen = new Set(workProcessIds);

  const toggle = (ids: string[], on: boolean) =>
    setWorkProcessIds((current) =>
      on ? [...new Set([...current, ...ids])] : current.filter((id) => !ids.includes(id)),
    );
  const pick = (personIds: string[]) =>
    setEntries((current) => {
      const next = new Map(current);
      for (const id of personIds) if (!next.has(id)) next.set(id, { outcome: "", note: "" });
      return next;
    });
  const setEntry = (personId: string, entry: Entry | null) =>
    setEntries((current) => {
      const next = new Map(current);
      if (entry) next.set(personId, entry);
      else next.delete(personId);
      return next;
    });

  return (
    <FormPanel
      title="Examenresultaten vastleggen"
      intro={
        <p className="hint">
          Kies de opleiding, wat het examen afdekt (werkprocessen of, bij een diploma, een onderdeel van het
          generiek deel) en de deelnemers. Een deelnemer met een uitslag is daarmee beoordeeld; zonder uitslag
          blijft het resultaat aangemeld.
        </p>
      }
      error={formError}
      submitLabel="Resultaten opslaan"
      pending={register.isPending}
      onCancel={onDone}
      onSubmit={(event) => {
        event.preventDefault();
        const missing: Record<string, string> = {};
        if (!title.trim()) missing.title = "Geef het examen een naam.";
        if (covers === "workProcesses" && workProcessIds.length === 0)
          missing.workProcessIds = "Kies minstens één werkproces.";
        if (covers === "generiekDeel" && !generiekDeelPart)
          missing.generiekDeelPart = "Kies het onderdeel van het generiek deel.";
        if (entries.size === 0) missing.entries = "Kies minstens één deelnemer.";
        if (!assessedOn && [...entries.values()].some((e) => e.outcome))
          missing.assessedOn = "Vul de examendatum in: een uitslag hoort bij een datum.";
        setProblems(missing);
        setFormError(null);
        if (Object.keys(missing).length) return;
        register.mutate({
          credentialId,
          workProcessIds: covers === "workProcesses" ? workProcessIds : [],
          generiekDeelPart: covers === "generiekDeel" ? generiekDeelPart : null,
          title: title.trim(),
          assessedOn: assessedOn || null,
          entries: learners
            .filter((l) => entries.has(l.personId))
            .map((l) => {
              const entry = entries.get(l.personId)!;
              return {
                personId: l.personId,
                enrolmentId: l.enrolmentId,
                outcome: entry.outcome || null,
                note: entry.note.trim() || null,
              };
            }),
        });
      }}
      grid={
        <>
          <Field label="Opleiding" required error={problems.credentialId}>
            {(props) => (
              <select
                {...props}
                value={credentialId}
                onChange={(e) => {
                  setCredentialId(e.target.value);
                  setCovers("workProcesses");
                  setWorkProcessIds([]);
                  setGeneriekDeelPart("");
                  setEntries(new Map());
                }}
              >
                {data.credentials.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Naam van het examen" required error={problems.title}>
            {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field label="Examendatum" error={problems.assessedOn} hint="Nodig zodra je een uitslag invult.">
            {(props) => (
              <input
                {...props}
                type="date"
                value={assessedOn}
                onChange={(e) => setAssessedOn(e.target.value)}
              />
            )}
          </Field>
        </>
      }
    >
      {credential.generiekDeel.length > 0 && (
        <fieldset>
          <legend>Het examen gaat over</legend>
          <label className="checkbox-field">
            <input
              type="radio"
              name="covers"
              checked={covers === "workProcesses"}
              onChange={() => setCovers("workProcesses")}
            />
            Werkprocessen
          </label>
          <label className="checkbox-field">
            <input
              type="radio"
              name="covers"
              checked={covers === "generiekDeel"}
              onChange={() => setCovers("generiekDeel")}
            />
            Generiek deel
          </label>
        </fieldset>
      )}
      {covers === "generiekDeel" ? (
        <fieldset aria-describedby={problems.generiekDeelPart ? "generiek-deel-error" : undefined}>
          <legend>Onderdeel van het generiek deel</legend>
          {problems.generiekDeelPart && (
            <p className="field-error" id="generiek-deel-error">
              {problems.generiekDeelPart}
            </p>
          )}
          {credential.generiekDeel.map((part) => (
            <label key={part} className="checkbox-field">
              <input
                type="radio"
                name="generiekDeelPart"
                checked={generiekDeelPart === part}
                onChange={() => setGeneriekDeelPart(part)}
              />
              {part}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset aria-describedby={problems.workProcessIds ? "werkprocessen-error" : undefined}>
          <legend>Werkprocessen van het examen</legend>
          {problems.workProcessIds && (
            <p className="field-error" id="werkprocessen-error">
              {problems.workProcessIds}
            </p>
          )}
          {credential.coreTasks.map((task) => {
            const ids = task.workProcesses.map((w) => w.id);
            return (
              <div key={task.code}>
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={ids.every((id) => chosen.has(id))}
                    onChange={(e) => toggle(ids, e.target.checked)}
                  />
                  <strong>
                    Hele kerntaak {task.code} {task.title}
                  </strong>
                </label>
                {task.workProcesses.map((wp) => (
                  <label key={wp.id} className="checkbox-field">
                    <input
                      type="checkbox"
                      checked={chosen.has(wp.id)}
                      onChange={(e) => toggle([wp.id], e.target.checked)}
                    />
                    {wp.code} {wp.title}
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
      )}
      <ExamParticipants
        credentialTitle={credential.title}
        learners={learners}
        entries={entries}
        error={problems.entries}
        onPick={pick}
        onEntry={setEntry}
      />
    </FormPanel>
  );
}
