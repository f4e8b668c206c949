// Long because: the page and its sections are still one file; splitting them by what they do is open work of the house pass.
import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ACTIONS_COLUMN,
  ATTENDANCE_LABELS,
  COACH_ROLE_LABELS,
  DataTable,
  EVIDENCE_ENTRY_LABELS,
  Field,
  FormPanel,
  QueryState,
  applyServerErrors,
  formatDate,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, type ColumnDef } from "@tanstack/react-table";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";

type Evidence = RouterOutputs["school"]["subsidy"]["evidence"];
type Attendance = Evidence["attendance"][number];
type Coaching = Evidence["coaching"][number];
type Month = Evidence["months"][number];

const ActionsHeader = () => <span className="visually-hidden">Acties</span>;
const hours = (n: number) => n.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("nl-NL", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
const entryState = (e: { superseded: boolean; correctionReason: string | null }) =>
  (e.superseded ? EVIDENCE_ENTRY_LABELS.superseded : EVIDENCE_ENTRY_LABELS.counts) +
  (e.correctionReason ? ` (correctie: ${e.correctionReason})` : "");

interface Entry {
  id: string;
  date: string;
  superseded: boolean;
}

/** The "Corrigeren" column of a register: only an entry that still counts can be corrected. */
const correctColumn = <T extends Entry>(what: string, onCorrect: (row: T) => void): ColumnDef<T> => ({
  id: ACTIONS_COLUMN,
  header: ActionsHeader,
  cell: (c) =>
    c.row.original.superseded ? null : (
      <button type="button" className="secondary" onClick={() => onCorrect(c.row.original)}>
        Corrigeren
        <span className="visually-hidden">
          {" "}
          {what} van {formatDate(c.row.original.date)}
        </span>
      </button>
    ),
});

/** A register of entries with the form that records a new one or corrects the chosen one. */
function EntryLog<T extends Entry>({
  title,
  rows,
  columns,
  emptyText,
  form,
}: {
  title: string;
  rows: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column has its own value type, as in DataTable
  columns: (onCorrect: (row: T) => void) => ColumnDef<T, any>[];
  emptyText: string;
  form: (correcting: T | null, onDone: () => void) => ReactNode;
}) {
  const [correcting, setCorrecting] = useState<T | null>(null);
  const tableColumns = useMemo(() => columns(setCorrecting), [columns]);
  return (
    <>
      <h3>{title}</h3>
      <DataTable
        data={rows}
        columns={tableColumns}
        caption={title}
        emptyText={emptyText}
        searchLabel={`Zoek in het ${title.toLowerCase()}`}
        initialSorting={[{ id: "date", desc: true }]}
      />
      <Fragment key={correcting?.id ?? "new"}>{form(correcting, () => setCorrecting(null))}</Fragment>
    </>
  );
}

const monthColumn = createColumnHelper<Month>();
const monthColumns = [
  monthColumn.accessor("month", { header: "Maand", cell: (c) => monthName(c.getValue()) }),
  monthColumn.accessor("hoursPresent", { header: "Uren aanwezig", cell: (c) => hours(c.getValue()) }),
  monthColumn.accessor("daysPresent", { header: "Dagen aanwezig" }),
  monthColumn.accessor("daysAbsent", { header: "Dagen afwezig" }),
  monthColumn.accessor("coachingSessions", { header: "Begeleidingsmomenten" }),
  monthColumn.accessor("coachingMinutes", { header: "Minuten begeleiding" }),
];

/**
 * The POK's subsidy evidence: the attendance register and the coaching log with their totals per
 * month. Entries are never edited: a correction is a new entry that supersedes one, with a reason.
 */
export function SubsidyEvidence({ enrolmentId }: { enrolmentId: string }) {
  const trpc = useTRPC();
  const evidence = useQuery(trpc.school.subsidy.evidence.queryOptions({ enrolmentId }));
  return (
    <section aria-labelledby="evidence-heading" className="no-print">
      <h2 id="evidence-heading">Aanwezigheid en begeleiding</h2>
      <p className="hint">
        Het bewijs voor de subsidie praktijkleren: wat je vastlegt verandert niet meer. Klopt iets niet,
        corrigeer het dan met een reden; de oorspronkelijke invoer blijft zichtbaar.
      </p>
      <QueryState query={evidence}>
        {(data) =>
          data.open ? (
            <>
              <h3>Totalen per maand</h3>
              <DataTable
                data={data.months}
                columns={monthColumns}
                caption="Aanwezigheid en begeleiding per maand"
                emptyText="Nog geen aanwezigheid of begeleiding vastgelegd."
              />
              <EntryLog
                title="Presentieregister"
                rows={data.attendance}
                columns={attendanceColumns}
                emptyText="Nog geen aanwezigheid vastgelegd."
                form={(correcting, onDone) => (
                  <AttendanceForm
                    enrolmentId={enrolmentId}
                    data={data}
                    correcting={correcting}
                    onDone={onDone}
                  />
                )}
              />
              <EntryLog
                title="Begeleidingslog"
                rows={data.coaching}
                columns={coachingColumns}
                emptyText="Nog geen begeleiding vastgelegd."
                form={(correcting, onDone) => (
                  <CoachingForm
                    enrolmentId={enrolmentId}
                    data={data}
                    correcting={correcting}
                    onDone={onDone}
                  />
                )}
              />
            </>
          ) : (
            <p className="notice">Aanwezigheid en begeleiding leg je vast zodra de POK getekend is.</p>
          )
        }
      </QueryState>
    </section>
  );
}

function useInvalidateEvidence() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.school.subsidy.evidence.pathKey() });
}

const attendanceColumn = createColumnHelper<Attendance>();

/** The register's columns; a row that still counts can be corrected. */
const attendanceColumns = (onCorrect: (row: Attendance) => void) => [
  attendanceColumn.accessor("date", { header: "Datum", cell: (c) => formatDate(c.getValue()) }),
  attendanceColumn.accessor((a) => (a.present ? ATTENDANCE_LABELS.present : ATTENDANCE_LABELS.absent), {
    id: "present",
    header: "Aanwezig",
  }),
  attendanceColumn.accessor("hoursPresent", { header: "Uren", cell: (c) => hours(c.getValue()) }),
  attendanceColumn.accessor((a) => a.absenceReason ?? "", { id: "reason", header: "Reden afwezig" }),
  attendanceColumn.accessor("recordedBy", { header: "Vastgelegd door" }),
  attendanceColumn.accessor(entryState, { id: "state", header: "Status" }),
  correctColumn<Attendance>("aanwezigheid", onCorrect),
];

interface AttendanceValues {
  date: string;
  present: "yes" | "no";
  hoursPresent: string;
  absenceReason: string;
  correctionReason: string;
}

const numberOf = (value: string) => Number(value.trim().replace(",", "."));

function AttendanceForm({
  enrolmentId,
  data,
  correcting,
  onDone,
}: {
  enrolmentId: string;
  data: Evidence;
  correcting: Attendance | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateEvidence();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, reset, formState } = useForm<AttendanceValues>({
    defaultValues: {
      date: correcting?.date ?? "",
      present: correcting && !correcting.present ? "no" : "yes",
      hoursPresent: correcting ? String(correcting.hoursPresent) : "",
      absenceReason: correcting?.absenceReason ?? "",
      correctionReason: "",
    },
  });
  const errors = formState.errors;
  const record = useMutation(
    trpc.school.subsidy.recordAttendance.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        reset();
        onDone();
      },
      onError: (error) =>
        setFormError(
          applyServerErrors(error, setError, {
            date: "date",
            hoursPresent: "hoursPresent",
            absenceReason: "absenceReason",
            "correction.reason": "correctionReason",
          }),
        ),
    }),
  );
  const present = useWatch({ control, name: "present" }) === "yes";
  return (
    <FormPanel
      title={
        correcting ? `Aanwezigheid van ${formatDate(correcting.date)} corrigeren` : "Aanwezigheid vastleggen"
      }
      error={formError}
      submitLabel={correcting ? "Correctie vastleggen" : "Aanwezigheid vastleggen"}
      pending={record.isPending}
      {...(correcting ? { onCancel: onDone } : {})}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const isPresent = values.present === "yes";
        record.mutate({
          enrolmentId,
          date: values.date,
          present: isPresent,
          hoursPresent: isPresent ? numberOf(values.hoursPresent) : 0,
          ...(isPresent ? {} : { absenceReason: values.absenceReason }),
          ...(correcting
            ? { correction: { supersedesId: correcting.id, reason: values.correctionReason } }
            : {}),
        });
      })}
      grid={
        <>
          <Field label="Datum" required error={errors.date?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                min={data.startDate ?? undefined}
                max={data.endDate ?? undefined}
                {...register("date", { required: "Vul de datum in." })}
              />
            )}
          </Field>
          <Field label="Aanwezig" required>
            {(props) => (
              <select {...props} {...register("present")}>
                <option value="yes">{ATTENDANCE_LABELS.present}</option>
                <option value="no">{ATTENDANCE_LABELS.absent}</option>
              </select>
            )}
          </Field>
          {present ? (
            <Field label="Uren aanwezig" required error={errors.hoursPresent?.message}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  {...register("hoursPresent", {
                    validate: (v) => numberOf(v) > 0 || "Vul de uren aanwezig in.",
                  })}
                />
              )}
            </Field>
          ) : (
            <Field label="Reden van afwezigheid" required error={errors.absenceReason?.message}>
              {(props) => (
                <input
                  {...props}
                  {...register("absenceReason", { required: "Geef de reden van afwezigheid op." })}
                />
              )}
            </Field>
          )}
          {correcting && (
            <Field label="Reden van de correctie" required error={errors.correctionReason?.message}>
              {(props) => (
                <input
                  {...props}
                  {...register("correctionReason", { required: "Geef de reden van de correctie op." })}
                />
              )}
            </Field>
          )}
        </>
      }
    />
  );
}

const coachingColumn = createColumnHelper<Coaching>();

/** The log's columns; a row that still counts can be corrected. */
const coachingColumns = (onCorrect: (row: Coaching) => void) => [
  coachingColumn.accessor("date", { header: "Datum", cell: (c) => formatDate(c.getValue()) }),
  coachingColumn.accessor("minutes", { header: "Minuten" }),
  coachingColumn.accessor((c) => `${c.coach} (${COACH_ROLE_LABELS[c.coachRole].toLowerCase()})`, {
    id: "coach",
    header: "Begeleid door",
  }),
  coachingColumn.accessor((c) => (c.note ? `${c.topic}: ${c.note}` : c.topic), {
    id: "topic",
    header: "Onderwerp",
  }),
  coachingColumn.accessor("recordedBy", { header: "Vastgelegd door" }),
  coachingColumn.accessor(entryState, { id: "state", header: "Status" }),
  correctColumn<Coaching>("begeleiding", onCorrect),
];

interface CoachingValues {
  date: string;
  minutes: string;
  coachUserId: string;
  topic: string;
  note: string;
  correctionReason: string;
}

function CoachingForm({
  enrolmentId,
  data,
  correcting,
  onDone,
}: {
  enrolmentId: string;
  data: Evidence;
  correcting: Coaching | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateEvidence();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CoachingValues>({
    defaultValues: {
      date: correcting?.date ?? "",
      minutes: correcting ? String(correcting.minutes) : "",
      coachUserId: correcting?.coachUserId ?? "",
      topic: correcting?.topic ?? "",
      note: correcting?.note ?? "",
      correctionReason: "",
    },
  });
  const errors = formState.errors;
  const record = useMutation(
    trpc.school.subsidy.recordCoaching.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        reset();
        onDone();
      },
      onError: (error) =>
        setFormError(
          applyServerErrors(error, setError, {
            date: "date",
            minutes: "minutes",
            coachUserId: "coachUserId",
            topic: "topic",
            "correction.reason": "correctionReason",
          }),
        ),
    }),
  );
  return (
    <FormPanel
      title={
        correcting ? `Begeleiding van ${formatDate(correcting.date)} corrigeren` : "Begeleiding vastleggen"
      }
      error={formError}
      submitLabel={correcting ? "Correctie vastleggen" : "Begeleiding vastleggen"}
      pending={record.isPending}
      {...(correcting ? { onCancel: onDone } : {})}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        record.mutate({
          enrolmentId,
          date: values.date,
          minutes: numberOf(values.minutes),
          coachUserId: values.coachUserId,
          topic: values.topic,
          ...(values.note.trim() ? { note: values.note } : {}),
          ...(correcting
            ? { correction: { supersedesId: correcting.id, reason: values.correctionReason } }
            : {}),
        });
      })}
      grid={
        <>
          <Field label="Datum begeleiding" required error={errors.date?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                min={data.startDate ?? undefined}
                max={data.endDate ?? undefined}
                {...register("date", { required: "Vul de datum in." })}
              />
            )}
          </Field>
          <Field label="Duur in minuten" required error={errors.minutes?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                {...register("minutes", { required: "Vul de duur in minuten in." })}
              />
            )}
          </Field>
          <Field label="Begeleid door" required error={errors.coachUserId?.message}>
            {(props) => (
              <select {...props} {...register("coachUserId", { required: "Kies wie begeleidde." })}>
                <option value="">Kies…</option>
                {data.coaches.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({COACH_ROLE_LABELS[c.role].toLowerCase()})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Onderwerp" required error={errors.topic?.message}>
            {(props) => <input {...props} {...register("topic", { required: "Vul het onderwerp in." })} />}
          </Field>
          <Field label="Notitie">{(props) => <textarea {...props} rows={2} {...register("note")} />}</Field>
          {correcting && (
            <Field label="Reden van de correctie" required error={errors.correctionReason?.message}>
              {(props) => (
                <input
                  {...props}
                  {...register("correctionReason", { required: "Geef de reden van de correctie op." })}
                />
              )}
            </Field>
          )}
        </>
      }
    />
  );
}
