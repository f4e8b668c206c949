import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  ACTIONS_COLUMN,
  ActionsHeader,
  DataTable,
  EVIDENCE_ENTRY_LABELS,
  Field,
  FormPanel,
  applyServerErrors,
  formatDate,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useQueryClient } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { Fragment, useMemo, useState, type FormEventHandler, type ReactNode } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from "react-hook-form";

/** What the attendance register and the coaching log share: the evidence, its entries and their forms. */
export type Evidence = RouterOutputs["school"]["subsidy"]["evidence"];

interface Entry {
  id: string;
  date: string;
  superseded: boolean;
  correctionReason: string | null;
}

/** The form values every entry has: its date and, when it corrects another, the reason. */
export interface EntryValues {
  date: string;
  correctionReason: string;
}

export const hours = (n: number) => n.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
export const numberOf = (value: string) => Number(value.trim().replace(",", "."));

export const entryState = (e: Entry) =>
  (e.superseded ? EVIDENCE_ENTRY_LABELS.superseded : EVIDENCE_ENTRY_LABELS.counts) +
  (e.correctionReason ? ` (correctie: ${e.correctionReason})` : "");

/** The `correction` of a write: the entry it supersedes and why, or nothing for a new entry. */
export const correctionOf = (correcting: Entry | null, reason: string) =>
  correcting ? { correction: { supersedesId: correcting.id, reason } } : {};

/** The "Corrigeren" column of a register: only an entry that still counts can be corrected. */
export const correctColumn = <T extends Entry>(what: string, onCorrect: (row: T) => void): ColumnDef<T> => ({
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
export function EntryLog<T extends Entry>({
  title,
  rows,
  columns,
  emptyText,
  renderForm,
}: {
  title: string;
  rows: T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column has its own value type, as in DataTable
  columns: (onCorrect: (row: T) => void) => ColumnDef<T, any>[];
  emptyText: string;
  renderForm: (correcting: T | null, onDone: () => void) => ReactNode;
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
      <Fragment key={correcting?.id ?? "new"}>{renderForm(correcting, () => setCorrecting(null))}</Fragment>
    </>
  );
}

/**
 * The form of an entry and what happens around its write: the evidence is read again and the form
 * emptied once it is stored; the server's field errors are put next to their fields (`fields` maps the
 * server's paths besides the date and the correction's reason).
 */
export function useEntryForm<V extends FieldValues & EntryValues>(
  defaultValues: DefaultValues<V>,
  fields: Readonly<Record<string, Path<V>>>,
  onDone: () => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<V>({ defaultValues });
  const callbacks = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.school.subsidy.evidence.pathKey() });
      form.reset();
      onDone();
    },
    onError: (error: unknown) =>
      setFormError(
        applyServerErrors(error, form, {
          date: "date" as Path<V>,
          "correction.reason": "correctionReason" as Path<V>,
          ...fields,
        }),
      ),
  };
  return { form, formError, clearFormError: () => setFormError(null), callbacks };
}

/**
 * The frame of a form that records an entry or corrects the chosen one: its title and button, the
 * date within the POK, the fields of its kind and, for a correction, the reason.
 */
export function EntryFormPanel<V extends FieldValues & EntryValues>({
  what,
  dateLabel,
  data,
  correcting,
  register,
  errors,
  formError,
  pending,
  onDone,
  onSubmit,
  children,
}: {
  /** "Aanwezigheid" or "Begeleiding". */
  what: string;
  dateLabel: string;
  data: Evidence;
  correcting: Entry | null;
  register: UseFormRegister<V>;
  errors: FieldErrors<EntryValues>;
  formError: string | null;
  pending: boolean;
  onDone: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  const field = (name: keyof EntryValues) => name as Path<V>;
  return (
    <FormPanel
      title={correcting ? `${what} van ${formatDate(correcting.date)} corrigeren` : `${what} vastleggen`}
      error={formError}
      submitLabel={correcting ? "Correctie vastleggen" : `${what} vastleggen`}
      pending={pending}
      {...(correcting ? { onCancel: onDone } : {})}
      onSubmit={onSubmit}
      grid={
        <>
          <Field label={dateLabel} required error={errors.date?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                min={data.startDate ?? undefined}
                max={data.endDate ?? undefined}
                {...register(field("date"), { required: "Vul de datum in." })}
              />
            )}
          </Field>
          {children}
          {correcting && (
            <Field label="Reden van de correctie" required error={errors.correctionReason?.message}>
              {(props) => (
                <input
                  {...props}
                  {...register(field("correctionReason"), {
                    required: "Geef de reden van de correctie op.",
                  })}
                />
              )}
            </Field>
          )}
        </>
      }
    />
  );
}
