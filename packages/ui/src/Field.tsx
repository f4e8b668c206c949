import { useId, type ReactNode } from "react";
import type { FieldValues, Path, ReadFormState, UseFormReturn } from "react-hook-form";
import { errorMessage, fieldErrorsOf } from "./errors.ts";

export interface FieldControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

/**
 * A labelled form control with its hint and error text tied to it for screen readers. The control
 * itself comes from `children`, which receives the id and aria attributes to spread on it.
 */
export function Field({
  label,
  error,
  hint,
  required = false,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {!required && <span className="optional"> (optioneel)</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-invalid": Boolean(error),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The part of a react-hook-form form that `applyServerErrors` works with; pass the form `useForm` returns. */
export type ServerErrorForm<T extends FieldValues> = Pick<
  UseFormReturn<T>,
  "setError" | "clearErrors" | "getValues" | "subscribe"
>;

/**
 * Puts the server's field errors next to their fields and returns the message for the whole form
 * (null when every problem belongs to a field). `fields` lists the form's fields when they carry the
 * server's input paths, or maps server paths to fields when they differ
 * (e.g. "data.startingPoint.languageLevel" → "languageLevel").
 *
 * A server error describes the input that was sent, so it goes when that input changes: a field's
 * error when the user changes the field, all of them when the form is submitted again. Without this an
 * error on something no input validates (a list, a group of checkboxes) would block every later submit.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  form: ServerErrorForm<T>,
  fields: readonly Path<T>[] | Readonly<Record<string, Path<T>>>,
): string | null {
  const fieldErrors = fieldErrorsOf(error);
  const fieldFor = (path: string): Path<T> | undefined =>
    Array.isArray(fields)
      ? (fields as readonly string[]).includes(path)
        ? (path as Path<T>)
        : undefined
      : (fields as Readonly<Record<string, Path<T>>>)[path];
  const unplaced: string[] = [];
  const placed = new Map<Path<T>, string>();
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldFor(path);
    if (field) placed.set(field, message);
    else unplaced.push(message);
  }
  if (placed.size > 0) clearWhenInputChanges(form, [...placed.keys()]);
  for (const [field, message] of placed) form.setError(field, { type: "server", message });
  if (Object.keys(fieldErrors).length === 0) return errorMessage(error);
  return unplaced.length > 0 ? unplaced.join(" ") : null;
}

/** Clears each field's error once its value changes, and every one of them when a submit starts. */
function clearWhenInputChanges<T extends FieldValues>(form: ServerErrorForm<T>, fields: Path<T>[]) {
  const sent = new Map(fields.map((field) => [field, JSON.stringify(form.getValues(field))]));
  let submitting: boolean | undefined;
  let done = false;
  const unsubscribe = form.subscribe({
    // react-hook-form announces the start of a submit (isSubmitting) to subscribers that ask for it,
    // though its type lists only the other keys.
    formState: { values: true, errors: true, isSubmitting: true } as Partial<ReadFormState>,
    callback: ({ isSubmitting }) => {
      if (done) return;
      // The first call (the errors being set) says whether a submit is running; a new one clears all.
      const startsSubmit = submitting === false && isSubmitting;
      submitting = isSubmitting;
      for (const [field, value] of sent) {
        if (!startsSubmit && JSON.stringify(form.getValues(field)) === value) continue;
        sent.delete(field);
        form.clearErrors(field);
      }
      if (sent.size === 0 && !done) {
        done = true;
        unsubscribe();
      }
    },
  });
}
