import { Field } from "./Field.tsx";

/**
 * The required reason of a correction, a refusal, an archiving or a step back: a labelled text area
 * bound to the caller's state, with its hint and error tied to it like every `Field`.
 */
export function ReasonField({
  label = "Reden",
  value,
  onChange,
  error,
  hint,
  rows = 3,
  maxLength,
}: {
  label?: string;
  value: string;
  onChange: (reason: string) => void;
  error?: string | null | undefined;
  hint?: string;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <Field label={label} required error={error ?? undefined} {...(hint ? { hint } : {})}>
      {(props) => (
        <textarea
          {...props}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
