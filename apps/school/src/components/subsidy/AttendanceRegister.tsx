import { ATTENDANCE_LABELS, Field, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useWatch } from "react-hook-form";
import {
  EntryFormPanel,
  EntryLog,
  correctColumn,
  correctionOf,
  entryState,
  hours,
  numberOf,
  useEntryForm,
  type Evidence,
} from "./evidence-entry.tsx";

type Attendance = Evidence["attendance"][number];

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

/** The attendance register of the POK with the form that records or corrects a day. */
export function AttendanceRegister({ enrolmentId, data }: { enrolmentId: string; data: Evidence }) {
  return (
    <EntryLog
      title="Presentieregister"
      rows={data.attendance}
      columns={attendanceColumns}
      emptyText="Nog geen aanwezigheid vastgelegd."
      renderForm={(correcting, onDone) => (
        <AttendanceForm enrolmentId={enrolmentId} data={data} correcting={correcting} onDone={onDone} />
      )}
    />
  );
}

interface AttendanceValues {
  date: string;
  present: "yes" | "no";
  hoursPresent: string;
  absenceReason: string;
  correctionReason: string;
}

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
  const { form, formError, clearFormError, callbacks } = useEntryForm<AttendanceValues>(
    {
      date: correcting?.date ?? "",
      present: correcting && !correcting.present ? "no" : "yes",
      hoursPresent: correcting ? String(correcting.hoursPresent) : "",
      absenceReason: correcting?.absenceReason ?? "",
      correctionReason: "",
    },
    { hoursPresent: "hoursPresent", absenceReason: "absenceReason" },
    onDone,
  );
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const record = useMutation(trpc.school.subsidy.recordAttendance.mutationOptions(callbacks));
  const present = useWatch({ control, name: "present" }) === "yes";
  return (
    <EntryFormPanel
      what="Aanwezigheid"
      dateLabel="Datum"
      data={data}
      correcting={correcting}
      register={register}
      errors={errors}
      formError={formError}
      pending={record.isPending}
      onDone={onDone}
      onSubmit={handleSubmit((values) => {
        clearFormError();
        const isPresent = values.present === "yes";
        record.mutate({
          enrolmentId,
          date: values.date,
          present: isPresent,
          hoursPresent: isPresent ? numberOf(values.hoursPresent) : 0,
          ...(isPresent ? {} : { absenceReason: values.absenceReason }),
          ...correctionOf(correcting, values.correctionReason),
        });
      })}
    >
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
    </EntryFormPanel>
  );
}
