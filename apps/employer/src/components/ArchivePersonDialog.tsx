import {
  ConfirmDialog,
  errorMessage,
  fieldErrorsOf,
  LabelOptions,
  PATH_LEAVING_LABELS,
  useTRPC,
  ReasonField,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

type Leaving = keyof typeof PATH_LEAVING_LABELS;

const REASON_REQUIRED = "Geef kort de reden (bijvoorbeeld: uit dienst).";

/**
 * Asks for confirmation, why the person leaves (out of service, or to another employer) and a reason
 * before taking them off the team (employer.persons.archive).
 */
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
  const [leaving, setLeaving] = useState<Leaving>("LEFT");
  const leavingId = useId();
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
        archive.mutate({
          personId,
          reason: reason.trim(),
          movedToAnotherEmployer: leaving === "MOVED_EMPLOYER",
        });
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
      <div className="field">
        <label htmlFor={leavingId}>Waarom gaat {name} weg?</label>
        <select id={leavingId} value={leaving} onChange={(e) => setLeaving(e.target.value as Leaving)}>
          <LabelOptions labels={PATH_LEAVING_LABELS} />
        </select>
      </div>
      <p>
        {leaving === "MOVED_EMPLOYER"
          ? `Bij het Ontwikkelpad wordt vastgelegd dat ${name} naar een andere werkgever gaat, met vandaag als einddatum.`
          : `Bij het Ontwikkelpad wordt vastgelegd of ${name} met of zonder resultaat vertrekt, met vandaag als einddatum.`}{" "}
        Is het doel al behaald, dan wordt het pad afgerond. De reden komt in het logboek.
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
