import { ErrorMessage } from "@ontwikkelpad/ui";

/** The outcome of a step's save: "Opgeslagen." once it worked, the server's message when not. */
export function SaveOutcome({
  saved,
  error,
  formError,
}: {
  saved: boolean;
  error?: unknown;
  formError?: string | null;
}) {
  if (formError) {
    return (
      <p className="form-error" role="alert">
        {formError}
      </p>
    );
  }
  if (error) return <ErrorMessage error={error} />;
  return saved ? <output className="success">Opgeslagen.</output> : null;
}
