import { ErrorMessage, Field } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

/** A small form: pick one option and add it. */
export function AddForm({
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
