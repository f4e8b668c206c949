// Long because: the page and its sections are still one file; splitting them by what they do is open work of the house pass.
import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ConfirmDialog,
  DataTable,
  ACTIONS_COLUMN,
  ErrorMessage,
  Field,
  MENTOR_TEAM_ROLE_LABELS,
  QueryState,
  TableScroll,
  formatDate,
  usePageTitle,
  useTRPC,
  useTRPCClient,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { createContext, useContext, useId, useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

type Data = RouterOutputs["school"]["classes"]["get"];
type Learner = Data["learners"][number];

interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  run: () => void;
}

const AskRemoveLearner = createContext<(learner: Learner) => void>(() => undefined);

function RemoveLearnerButton({ learner }: { learner: Learner }) {
  const ask = useContext(AskRemoveLearner);
  return (
    <button
      type="button"
      className="secondary"
      aria-label={`${learner.name} uit de klas halen`}
      onClick={() => ask(learner)}
    >
      Uit de klas halen
    </button>
  );
}

const learnerColumn = createColumnHelper<Learner>();
const LEARNER_COLUMNS = [
  learnerColumn.accessor("name", { header: "Deelnemer" }),
  learnerColumn.accessor("employer", { header: "Leerbedrijf" }),
  learnerColumn.accessor("credentialTitle", { header: "Opleiding" }),
];
const MANAGED_LEARNER_COLUMNS = [
  ...LEARNER_COLUMNS,
  learnerColumn.display({
    id: ACTIONS_COLUMN,
    header: "Actie",
    cell: (c) => <RemoveLearnerButton learner={c.row.original} />,
  }),
];

/** A class: learners, adopting employers, mentor team, weekly reflections and skill-gap signals. */
export function ClassPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const schoolClass = useQuery(trpc.school.classes.get.queryOptions({ classId: id }));
  usePageTitle(schoolClass.data?.name ?? "Klas", PORTAL_NAME);
  return (
    <>
      <p>
        <Link to="/klassen">Terug naar klassen</Link>
      </p>
      <QueryState query={schoolClass}>{(data) => <ClassView data={data} />}</QueryState>
    </>
  );
}

function ClassView({ data }: { data: Data }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.school.classes.pathKey() });
  const [confirm, setConfirm] = useState<Confirmation | null>(null);
  const removeLearner = useMutation(
    trpc.school.classes.removeLearner.mutationOptions({ onSuccess: refresh }),
  );
  const removeAdoption = useMutation(
    trpc.school.classes.removeAdoption.mutationOptions({ onSuccess: refresh }),
  );
  const removeMember = useMutation(trpc.school.classes.removeMember.mutationOptions({ onSuccess: refresh }));
  const removeError = removeLearner.error ?? removeAdoption.error ?? removeMember.error;

  const askRemoveLearner = (learner: Learner) =>
    setConfirm({
      title: `${learner.name} uit de klas halen?`,
      body: "De reflecties die al geschreven zijn, blijven bij de klas.",
      confirmLabel: "Uit de klas halen",
      run: () => removeLearner.mutate({ classId: data.id, enrolmentId: learner.enrolmentId }),
    });

  return (
    <>
      <h1>{data.name}</h1>
      <dl className="details-list">
        <dt>Opleiding</dt>
        <dd>{data.credentialTitle}</dd>
        <dt>Cohort</dt>
        <dd>{data.cohortYear}</dd>
        <dt>Regio</dt>
        <dd>{data.region ?? "Geen regio"}</dd>
      </dl>
      {Boolean(removeError) && <ErrorMessage error={removeError} />}

      <Section title="Deelnemers">
        <AskRemoveLearner value={askRemoveLearner}>
          <DataTable
            data={data.learners}
            columns={data.canManage ? MANAGED_LEARNER_COLUMNS : LEARNER_COLUMNS}
            caption="Deelnemers in de klas"
            emptyText="Er zitten nog geen deelnemers in deze klas."
            searchLabel="Zoek een deelnemer"
          />
        </AskRemoveLearner>
        {data.canManage && (
          <AddForm
            label="Deelnemer toevoegen"
            field="Deelnemer"
            empty="Alle ingeschreven deelnemers zitten al in een klas."
            options={data.learnerOptions.map((o) => ({
              value: o.enrolmentId,
              text: `${o.name} (${o.employer}, ${o.credentialTitle})`,
            }))}
            onAdd={(enrolmentId) =>
              client.school.classes.addLearner.mutate({ classId: data.id, enrolmentId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Werkgevers die de klas adopteren">
        {data.adoptions.length === 0 ? (
          <p>Nog geen werkgever heeft deze klas geadopteerd.</p>
        ) : (
          <ul>
            {data.adoptions.map((a) => (
              <li key={a.employerId}>
                {a.name} — {a.learners === 1 ? "1 deelnemer" : `${a.learners} deelnemers`} in de klas{" "}
                {data.canManage && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Adoptie door ${a.name} beëindigen`}
                    onClick={() =>
                      setConfirm({
                        title: `Adoptie door ${a.name} beëindigen?`,
                        body: "De werkgever adopteert de klas dan niet meer; haal eerst zijn praktijkopleiders uit het mentorteam.",
                        confirmLabel: "Adoptie beëindigen",
                        run: () =>
                          removeAdoption.mutate({ classId: data.id, employerOrganizationId: a.employerId }),
                      })
                    }
                  >
                    Beëindigen
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data.canManage && (
          <AddForm
            label="Werkgever laten adopteren"
            field="Werkgever"
            hint="Werkgevers met deelnemers in de klas staan bovenaan."
            empty="Alle werkgevers in de regio adopteren deze klas al."
            options={data.employerOptions.map((o) => ({
              value: o.employerId,
              text: o.learners > 0 ? `${o.name} (${o.learners} in de klas)` : o.name,
            }))}
            onAdd={(employerOrganizationId) =>
              client.school.classes.adopt.mutate({ classId: data.id, employerOrganizationId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Mentorteam">
        {data.team.length === 0 ? (
          <p>Het mentorteam heeft nog geen leden: kies een praktijkopleider en een docent.</p>
        ) : (
          <ul>
            {data.team.map((m) => (
              <li key={m.userId}>
                {m.name} — {MENTOR_TEAM_ROLE_LABELS[m.role]}, {m.organization}{" "}
                {data.canManage && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${m.name} uit het mentorteam halen`}
                    onClick={() =>
                      setConfirm({
                        title: `${m.name} uit het mentorteam halen?`,
                        body: "Reflecties en signalen die al verstuurd zijn, blijven staan.",
                        confirmLabel: "Uit het team halen",
                        run: () => removeMember.mutate({ classId: data.id, userId: m.userId }),
                      })
                    }
                  >
                    Uit het team halen
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data.canManage && (
          <AddForm
            label="Lid toevoegen aan het mentorteam"
            field="Praktijkopleider of docent"
            hint="Praktijkopleiders van de werkgevers die de klas adopteren, en docenten van de school."
            empty="Er is niemand meer om toe te voegen: laat eerst een werkgever de klas adopteren."
            options={data.memberOptions.map((o) => ({
              value: o.userId,
              text: `${o.name} (${MENTOR_TEAM_ROLE_LABELS[o.role]}, ${o.organization})`,
            }))}
            onAdd={(userId) =>
              client.school.classes.addMember.mutate({ classId: data.id, userId }).then(refresh)
            }
          />
        )}
      </Section>

      <Section title="Reflecties per week">
        {data.canWrite ? (
          <NoteForm data={data} onWritten={refresh} />
        ) : (
          <p className="hint">De docent van het mentorteam schrijft de reflecties.</p>
        )}
        <Notes notes={data.notes} />
      </Section>

      <Section title="Signalen aan de regiegroep">
        <SkillGaps data={data} onSent={refresh} />
        <SentSignals signals={data.signals} />
      </Section>

      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.title ?? ""}
        confirmLabel={confirm?.confirmLabel ?? ""}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          confirm?.run();
          setConfirm(null);
        }}
      >
        <p>{confirm?.body}</p>
      </ConfirmDialog>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A small form: pick one option and add it. */
function AddForm({
  label,
  field,
  hint,
  empty,
  options,
  onAdd,
}: {
  label: string;
  field: string;
  hint?: string;
  empty: string;
  options: { value: string; text: string }[];
  onAdd: (value: string) => Promise<unknown>;
}) {
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const add = useMutation({ mutationFn: onAdd, onSuccess: () => setValue("") });
  if (options.length === 0) return <p className="hint">{empty}</p>;
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!value) {
          setFieldError(`Kies eerst een ${field.toLowerCase()}.`);
          return;
        }
        setFieldError(undefined);
        add.mutate(value);
      }}
    >
      <fieldset>
        <legend>{label}</legend>
        <Field label={field} required error={fieldError} {...(hint ? { hint } : {})}>
          {(props) => (
            <select {...props} value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">Kies…</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </select>
          )}
        </Field>
        {Boolean(add.error) && <ErrorMessage error={add.error} />}
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? "Bezig…" : "Toevoegen"}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The docent's note of a week with one learner: a week picker, the learner and the text. */
function NoteForm({ data, onWritten }: { data: Data; onWritten: () => Promise<unknown> }) {
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

const weekText = (isoWeek: string) => {
  const [year, week] = isoWeek.split("-W");
  return `Week ${Number(week)}, ${year}`;
};

/** The notes grouped by week, newest week first. */
function Notes({ notes }: { notes: Data["notes"] }) {
  if (notes.length === 0) return <p>Er zijn nog geen reflecties geschreven.</p>;
  const weeks = [...new Set(notes.map((n) => n.isoWeek))];
  return (
    <>
      {weeks.map((week) => (
        <section key={week} aria-label={weekText(week)}>
          <h3>{weekText(week)}</h3>
          <ul>
            {notes
              .filter((n) => n.isoWeek === week)
              .map((n) => (
                <li key={n.id}>
                  <strong>{n.learner}</strong>: {n.text}{" "}
                  <span className="hint">
                    ({n.author}, {formatDate(n.writtenAt.slice(0, 10))})
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The werkprocessen where learners struggle; the team's docent sends one with a comment. */
function SkillGaps({ data, onSent }: { data: Data; onSent: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<Data["skillGaps"][number] | null>(null);
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
      <TableScroll>
        <table>
          <caption>Werkprocessen die achterblijven in de klas</caption>
          <thead>
            <tr>
              <th scope="col">Werkproces</th>
              <th scope="col">Nog niet of niet gehaald</th>
              <th scope="col">Laatst gemeld</th>
              {data.canWrite && <th scope="col">Actie</th>}
            </tr>
          </thead>
          <tbody>
            {data.skillGaps.map((g) => (
              <tr key={g.workProcessId}>
                <th scope="row">{g.workProcess}</th>
                <td>
                  {g.struggling} van {g.rated} deelnemers
                </td>
                <td>{g.lastSentOn ? formatDate(g.lastSentOn) : "Nog niet"}</td>
                {data.canWrite && (
                  <td>
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
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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

const reviewText = (s: Data["signals"][number]) =>
  s.discussedOn
    ? `Besproken in de regiegroep op ${formatDate(s.discussedOn)}${s.regiegroepNote ? `: ${s.regiegroepNote}` : ""}`
    : s.acknowledgedOn
      ? `Bevestigd op ${formatDate(s.acknowledgedOn)}`
      : "Nog niet bevestigd door de regio";

/** The signals the team sent, with how far the region followed them up. */
function SentSignals({ signals }: { signals: Data["signals"] }) {
  if (signals.length === 0) return <p>Het mentorteam heeft nog geen signalen gestuurd.</p>;
  return (
    <TableScroll>
      <table>
        <caption>Verstuurde signalen</caption>
        <thead>
          <tr>
            <th scope="col">Verstuurd</th>
            <th scope="col">Werkproces</th>
            <th scope="col">Toelichting</th>
            <th scope="col">Aantallen</th>
            <th scope="col">Opvolging door de regio</th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => (
            <tr key={s.id}>
              <td>
                {formatDate(s.sentOn)}
                {s.sentBy ? ` door ${s.sentBy}` : ""}
              </td>
              <th scope="row">{s.workProcess}</th>
              <td>{s.note}</td>
              <td>{s.rated === null ? "—" : `${s.struggling} van ${s.rated}`}</td>
              <td>{reviewText(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
