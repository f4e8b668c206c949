import { ConfirmDialog, errorMessage, fieldErrorsOf, useTRPC, ReasonField } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

const REASON_REQUIRED = "Geef kort de reden (bijvoorbeeld: uit dienst).";

/** Asks for confirmation and a reason before taking a person off the team (employer.persons.archive). */
export function ArchivePersonDialog({
  open,
  personId,
  name,
  onArchived,
  onCancel,
}: {
  open: boolean;
  personId: string;
  name: string;
  onArchived: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const archive = useMutation(
    trpc.employer.persons.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.pathKey() });
        onArchived();
      },
      onError: (e) => setError(fieldErrorsOf(e).reason ?? errorMessage(e)),
    }),
  );

  return (
    <ConfirmDialog
      open={open}
      title={`${name} archiveren?`}
      confirmLabel="Archiveren"
      busy={archive.isPending}
      onConfirm={() => {
        // The server says the same; checking here saves a round trip.
        if (reason.trim().length < 3) return setError(REASON_REQUIRED);
        setError(null);
        archive.mutate({ personId, reason: reason.trim() });
      }}
      onCancel={() => {
        setError(null);
        onCancel();
      }}
    >
      <p>
        {name} verdwijnt uit het team en een lopend Ontwikkelpad stopt. Beoordelingen, diploma’s en
        certificaten blijven bewaard.
      </p>
      <ReasonField
        error={error}
        hint="Bijvoorbeeld: uit dienst, stage afgerond."
        maxLength={500}
        value={reason}
        onChange={setReason}
      />
    </ConfirmDialog>
  );
}
