import { ConfirmDialog, ErrorMessage, ReasonField } from "@ontwikkelpad/ui";
import { useState } from "react";

/** Declining asks for the reason the employer will read, and a confirmation: the answer cannot be undone. */
export function DeclineForm({
  what,
  pending,
  error,
  onDecline,
}: {
  /** E.g. "de scholingsaanvraag van Milan Jovanović". */
  what: string;
  pending: boolean;
  error: unknown;
  onDecline: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      noValidate
      aria-label="Aanvraag afwijzen"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim().length < 5) {
          setFieldError("Schrijf de werkgever waarom, zodat die een ander aanbod kan zoeken.");
          return;
        }
        setFieldError(undefined);
        setConfirming(true);
      }}
    >
      <fieldset>
        <legend>Afwijzen</legend>
        <ReasonField
          label="Reden voor de werkgever"
          error={fieldError}
          maxLength={2000}
          value={reason}
          onChange={setReason}
        />
        {Boolean(error) && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="submit" className="danger" disabled={pending}>
            Afwijzen
          </button>
        </div>
      </fieldset>
      <ConfirmDialog
        open={confirming}
        title="Aanvraag afwijzen?"
        confirmLabel="Ja, afwijzen"
        busy={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onDecline(reason.trim());
        }}
      >
        <p>Je wijst {what} af. De werkgever ziet de reden in zijn portaal. Dit kun je niet ongedaan maken.</p>
      </ConfirmDialog>
    </form>
  );
}
