import { useId, type ReactNode } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
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

/**
 * Puts the server's field errors next to their fields and returns the message for the whole form
 * (null when every problem belongs to a field). `fields` lists the form's fields when they carry the
 * server's input paths, or maps server paths to fields when they differ
 * (e.g. "data.startingPoint.languageLevel" → "languageLevel").
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
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
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldFor(path);
    if (field) setError(field, { type: "server", message });
    else unplaced.push(message);
  }
  if (Object.keys(fieldErrors).length === 0) return errorMessage(error);
  return unplaced.length > 0 ? unplaced.join(" ") : null;
}
