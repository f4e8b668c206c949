import { ErrorMessage, Field, SimpleTable, formatDate, useTRPC, type SimpleColumn } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ClassData as Data } from "./class-data.ts";

type Gap = Data["skillGaps"][number];

const GAP_COLUMNS: SimpleColumn<Gap>[] = [
  { header: "Werkproces", rowHeader: true, render: (g) => g.workProcess },
  { header: "Nog niet of niet gehaald", render: (g) => `${g.struggling} van ${g.rated} deelnemers` },
  { header: "Laatst gemeld", render: (g) => (g.lastSentOn ? formatDate(g.lastSentOn) : "Nog niet") },
];

/** The werkprocessen where learners struggle; the team's docent sends one with a comment. */
export function SkillGaps({ data, onSent }: { data: Data; onSent: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<Gap | null>(null);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);
  const send = useMutation(
    trpc.school.classes.sendSignal.mutationOptions({
      onSuccess: async () => {
        setSent(chosen?.workProcess ?? null);
        setChosen(null);
        setComment("");
        await onSent();
      },
    }),
  );
  if (data.skillGaps.length === 0)
    return (
      <p>
        Geen werkproces valt op: er zijn te weinig deelnemers beoordeeld (minstens drie per werkproces), of
        niemand staat op &ldquo;nog niet&rdquo;.
      </p>
    );
  return (
    <>
      <p>
        Werkprocessen waarin deelnemers volgens de laatste praktijkbeoordeling &ldquo;nog niet&rdquo; staan of
        het examen niet haalden, van de deelnemers die beoordeeld zijn. Alleen werkprocessen met minstens drie
        beoordeelde deelnemers.
      </p>
      {sent && <output className="success">Het signaal over {sent} is naar de regiegroep gestuurd.</output>}
      <SimpleTable
        caption="Werkprocessen die achterblijven in de klas"
        columns={[
          ...GAP_COLUMNS,
          ...(data.canWrite
            ? [
                {
                  header: "Actie",
                  className: "actions-cell",
                  render: (g: Gap) => (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Signaal sturen over ${g.workProcess}`}
                      onClick={() => {
                        setChosen(g);
                        setSent(null);
                      }}
                    >
                      Signaal sturen
                    </button>
                  ),
                },
              ]
            : []),
        ]}
        rows={data.skillGaps}
        rowKey={(g) => g.workProcessId}
      />
      {chosen && (
        <form
          noValidate
          aria-label="Signaal aan de regiegroep"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (comment.trim().length < 10) {
              setCommentError("Schrijf in een of twee zinnen wat het mentorteam ziet en wat het vraagt.");
              return;
            }
            setCommentError(undefined);
            send.mutate({ classId: data.id, workProcessId: chosen.workProcessId, comment });
          }}
        >
          <fieldset>
            <legend>Signaal aan de regiegroep</legend>
            <p>
              {chosen.workProcess}: {chosen.struggling} van {chosen.rated} deelnemers. De regiegroep van{" "}
              {data.region ?? "de regio"} ziet het signaal met deze aantallen en je toelichting.
            </p>
            <Field label="Toelichting voor de regiegroep" required error={commentError}>
              {(props) => (
                <textarea
                  {...props}
                  rows={3}
                  maxLength={2000}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
              )}
            </Field>
            {Boolean(send.error) && <ErrorMessage error={send.error} />}
            <div className="actions">
              <button type="submit" disabled={send.isPending}>
                {send.isPending ? "Bezig met versturen…" : "Signaal versturen"}
              </button>
              <button type="button" className="secondary" onClick={() => setChosen(null)}>
                Annuleren
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </>
  );
}
