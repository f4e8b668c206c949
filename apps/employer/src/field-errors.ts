import { errorMessage, fieldErrorsOf } from "@ontwikkelpad/ui";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Like applyServerErrors, for inputs whose server paths differ from the form's field names
 * (e.g. "data.startingPoint.languageLevel" → "languageLevel"). Returns the message for the whole form.
 */
export function applyMappedErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, mapping: Record<string, Path<T>>): string | null {
  const fieldErrors = fieldErrorsOf(error);
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = mapping[path];
    if (field) setError(field, { type: "server", message });
    else unplaced.push(message);
  }
  if (Object.keys(fieldErrors).length === 0) return errorMessage(error);
  return unplaced.length > 0 ? unplaced.join(" ") : null;
}
