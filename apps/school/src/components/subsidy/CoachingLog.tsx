import { COACH_ROLE_LABELS, Field, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import {
  EntryFormPanel,
  EntryLog,
  correctColumn,
  correctionOf,
  entryState,
  numberOf,
  useEntryForm,
  type Evidence,
} from "./evidence-entry.tsx";

type Coaching = Evidence["coaching"][number];

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

/** The coaching log of the POK with the form that records or corrects a session. */
export function CoachingLog({ enrolmentId, data }: { enrolmentId: string; data: Evidence }) {
  return (
    <EntryLog
      title="Begeleidingslog"
      rows={data.coaching}
      columns={coachingColumns}
      emptyText="Nog geen begeleiding vastgelegd."
      renderForm={(correcting, onDone) => (
        <CoachingForm enrolmentId={enrolmentId} data={data} correcting={correcting} onDone={onDone} />
      )}
    />
  );
}

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
  const { form, formError, clearFormError, callbacks } = useEntryForm<CoachingValues>(
    {
      date: correcting?.date ?? "",
      minutes: correcting ? String(correcting.minutes) : "",
      coachUserId: correcting?.coachUserId ?? "",
      topic: correcting?.topic ?? "",
      note: correcting?.note ?? "",
      correctionReason: "",
    },
    { minutes: "minutes", coachUserId: "coachUserId", topic: "topic" },
    onDone,
  );
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const record = useMutation(trpc.school.subsidy.recordCoaching.mutationOptions(callbacks));
  return (
    <EntryFormPanel
      what="Begeleiding"
      dateLabel="Datum begeleiding"
      data={data}
      correcting={correcting}
      register={register}
      errors={errors}
      formError={formError}
      pending={record.isPending}
      onDone={onDone}
      onSubmit={handleSubmit((values) => {
        clearFormError();
        record.mutate({
          enrolmentId,
          date: values.date,
          minutes: numberOf(values.minutes),
          coachUserId: values.coachUserId,
          topic: values.topic,
          ...(values.note.trim() ? { note: values.note } : {}),
          ...correctionOf(correcting, values.correctionReason),
        });
      })}
    >
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
    </EntryFormPanel>
  );
}
