import {
  ConfirmDialog,
  errorMessage,
  fieldErrorsOf,
  LabelOptions,
  PATH_LEAVING_LABELS,
  QueryState,
  useTRPC,
  ReasonField,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { SearchableChoice } from "./SearchableChoice.tsx";

type Leaving = keyof typeof PATH_LEAVING_LABELS;

const REASON_REQUIRED = "Geef kort de reden (bijvoorbeeld: uit dienst).";

/**
 * Asks for confirmation, why the person leaves (out of service, or to another employer) and a reason
 * before taking them off the team (employer.persons.archive). Moving, HR names the new employer and
 * whether the person consents to share the path with it; without consent the move is recorded and
 * nothing is shared.
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
  const consentId = useId();
  const [newEmployerId, setNewEmployerId] = useState("");
  const [consentToShare, setConsentToShare] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moving = leaving === "MOVED_EMPLOYER";
  const employers = useQuery({
    ...trpc.employer.organization.employers.queryOptions(),
    enabled: open && moving,
  });
  const newEmployer = employers.data?.find((e) => e.id === newEmployerId)?.name;
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
          movedToAnotherEmployer: moving,
          // Without a known new employer the move is recorded and nothing is shared.
          ...(moving && newEmployerId ? { newEmployerOrganizationId: newEmployerId, consentToShare } : {}),
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
      {moving && (
        <QueryState query={employers} loadingText="Werkgevers laden…">
          {(choices) => (
            <>
              <SearchableChoice
                label="Nieuwe werkgever (optioneel)"
                searchLabel="Zoek de nieuwe werkgever"
                placeholder="Onbekend of niet in de lijst"
                choices={choices}
                value={newEmployerId}
                onChange={setNewEmployerId}
              />
              {newEmployer && (
                <>
                  <div className="checkbox-field">
                    <input
                      id={consentId}
                      type="checkbox"
                      checked={consentToShare}
                      aria-describedby={`${consentId}-hint`}
                      onChange={(e) => setConsentToShare(e.target.checked)}
                    />
                    <label htmlFor={consentId}>
                      {name} geeft toestemming om het Ontwikkelpad te delen met {newEmployer}
                    </label>
                  </div>
                  <p id={`${consentId}-hint`} className="hint">
                    Gedeeld worden het doel, de route en de leerweg, het loopbaanperspectief en de ambitie, en
                    de diploma’s en certificaten die onderweg zijn behaald. De nieuwe werkgever kan het pad
                    dan voortzetten. Zonder toestemming wordt alleen de overstap vastgelegd en wordt niets
                    gedeeld.
                  </p>
                </>
              )}
            </>
          )}
        </QueryState>
      )}
      <p>
        {moving
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
