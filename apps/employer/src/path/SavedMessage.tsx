import { ConfirmDialog, ErrorMessage } from "@ontwikkelpad/ui";
import { useEffect } from "react";
import { useBlocker } from "react-router";

/**
 * Asks before leaving a step with changes that are not saved: within the portal with a dialog, on
 * reload or closing the tab with the browser's own question.
 */
function LeaveWarning({ dirty }: { dirty: boolean }) {
  // Only leaving the page counts: moving between the wizard's steps (?stap=) keeps the form.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title="Wijzigingen niet opgeslagen"
      confirmLabel="Weggaan zonder opslaan"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>Wat je in deze stap hebt ingevuld is nog niet opgeslagen en gaat verloren als je weggaat.</p>
    </ConfirmDialog>
  );
}

/**
 * The outcome of a step's save: "Opgeslagen." once it worked, the server's message when not, and
 * while the form holds unsaved changes a reminder and a question before leaving the page.
 */
export function SaveOutcome({
  saved,
  error,
  formError,
  dirty = false,
}: {
  saved: boolean;
  error?: unknown;
  formError?: string | null;
  dirty?: boolean;
}) {
  const outcome = formError ? (
    <p className="form-error" role="alert">
      {formError}
    </p>
  ) : error ? (
    <ErrorMessage error={error} />
  ) : dirty ? (
    <p className="hint">Nog niet opgeslagen: sla deze stap op voordat je verder gaat.</p>
  ) : saved ? (
    <output className="success">Opgeslagen.</output>
  ) : null;
  return (
    <>
      {outcome}
      <LeaveWarning dirty={dirty} />
    </>
  );
}
