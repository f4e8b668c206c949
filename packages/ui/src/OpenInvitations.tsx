import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { invitationLink, type Colleagues } from "./colleagues.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { CopyLinkField } from "./CopyLinkField.tsx";
import { ActionsHeader } from "./DataTable.tsx";
import { errorMessage } from "./errors.ts";
import { formatDate } from "./format.ts";
import { ROLE_LABELS } from "./labels.ts";
import { usePortal } from "./portal-context.ts";
import { ErrorMessage } from "./QueryState.tsx";
import { SimpleTable } from "./SimpleTable.tsx";
import { useTRPC } from "./trpc.tsx";

type Invitation = Colleagues["invitations"][number];

/**
 * The invitations not yet accepted. An admin sends one again (a new link to copy; the old one stops
 * working) or withdraws it after confirming.
 */
export function OpenInvitations({
  invitations,
  canManage,
  onChanged,
}: {
  invitations: readonly Invitation[];
  canManage: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const { basename } = usePortal();
  const [renewed, setRenewed] = useState<{ email: string; link: string } | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resend = useMutation(
    trpc.colleagues.resendInvitation.mutationOptions({
      onSuccess: async ({ token }, { invitationId }) => {
        const email = invitations.find((i) => i.id === invitationId)?.email ?? "";
        setRenewed({ email, link: invitationLink(basename, token) });
        setNotice(null);
        await onChanged();
      },
    }),
  );
  const revoke = useMutation(
    trpc.colleagues.revokeInvitation.mutationOptions({
      onSuccess: async () => {
        setNotice(`De uitnodiging voor ${revoking?.email ?? "de collega"} is ingetrokken.`);
        setRenewed(null);
        setRevoking(null);
        await onChanged();
      },
    }),
  );
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">Openstaande uitnodigingen</h2>
      {notice && <output className="success">{notice}</output>}
      <SimpleTable
        caption="Uitnodigingen die nog niet zijn aangenomen"
        rows={invitations}
        rowKey={(i) => i.id}
        emptyText="Er staan geen uitnodigingen open."
        columns={[
          { header: "E-mailadres", rowHeader: true, render: (i) => i.email },
          { header: "Rol", render: (i) => ROLE_LABELS[i.role] },
          {
            header: "Geldig tot",
            render: (i) => (i.expired ? `Verlopen op ${formatDate(i.expiresOn)}` : formatDate(i.expiresOn)),
          },
          ...(canManage
            ? [
                {
                  header: <ActionsHeader />,
                  render: (i: Invitation) => (
                    <div className="actions">
                      <button
                        type="button"
                        className="secondary"
                        disabled={resend.isPending}
                        onClick={() => resend.mutate({ invitationId: i.id })}
                      >
                        Opnieuw versturen<span className="visually-hidden"> aan {i.email}</span>
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          revoke.reset();
                          setRevoking(i);
                        }}
                      >
                        Intrekken<span className="visually-hidden"> voor {i.email}</span>
                      </button>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      {resend.isError && <ErrorMessage error={resend.error} />}
      {renewed && (
        <div className="success" aria-live="polite">
          <p>
            Er is een nieuwe link voor {renewed.email}; de vorige werkt niet meer. Hij werkt één keer en is 14
            dagen geldig.
          </p>
          <CopyLinkField label="Nieuwe uitnodigingslink" link={renewed.link} />
        </div>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={`Uitnodiging voor ${revoking?.email ?? ""} intrekken`}
        confirmLabel="Uitnodiging intrekken"
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ invitationId: revoking.id })}
        onCancel={() => setRevoking(null)}
      >
        <p>De link in de uitnodiging werkt daarna niet meer.</p>
        {revoke.isError && (
          <p className="form-error" role="alert">
            {errorMessage(revoke.error)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
