import { useState, type ReactNode } from "react";
import { errorMessage, fieldErrorsOf } from "./errors.ts";
import { FormPanel } from "./FormPanel.tsx";

/**
 * A small form of plain fields (a learning team's goal or meeting, a student's reflection): its fields are
 * read by name from the submitted form, `run` calls the procedure; the server's Dutch refusal, or what is
 * wrong with the fields (they are not marked one by one), shows above the fields, and the form empties
 * on success.
 */
export function ActionForm({
  title,
  submitLabel,
  run,
  children,
}: {
  title: string;
  submitLabel: string;
  run: (values: Record<string, string>) => Promise<unknown>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <FormPanel
      title={title}
      error={error}
      submitLabel={submitLabel}
      pending={pending}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
        setError(null);
        setPending(true);
        run(values)
          .then(() => form.reset())
          .catch((e: unknown) => {
            const fields = Object.values(fieldErrorsOf(e));
            setError(fields.length > 0 ? fields.join(" ") : errorMessage(e));
          })
          .finally(() => setPending(false));
      }}
    >
      {children}
    </FormPanel>
  );
}

/** A labelled control of an `ActionForm`, named for its value. */
export function ActionField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label>
        {label}
        {children}
      </label>
    </div>
  );
}
