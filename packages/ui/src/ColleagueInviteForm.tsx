import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { invitationLink, type StaffRole } from "./colleagues.ts";
import { CopyLinkField } from "./CopyLinkField.tsx";
import { Field } from "./Field.tsx";
import { ROLE_LABELS } from "./labels.ts";
import { usePortal } from "./portal-context.ts";
import { ErrorMessage } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";

/** An admin invites someone by e-mail with one of the organisation's roles; the link is shown to copy. */
export function ColleagueInviteForm({
  roles,
  onInvited,
}: {
  roles: readonly StaffRole[];
  onInvited: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const { basename } = usePortal();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole | "">("");
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation(
    trpc.colleagues.invite.mutationOptions({
      onSuccess: async ({ token }) => {
        setLink(invitationLink(basename, token));
        setEmail("");
        setRole("");
        await onInvited();
      },
    }),
  );
  return (
    <form
      aria-labelledby="invite-title"
      className="step-panel"
      onSubmit={(event) => {
        event.preventDefault();
        setLink(null);
        invite.mutate({ email, role: role as StaffRole });
      }}
    >
      <h2 id="invite-title">Collega uitnodigen</h2>
      <Field label="E-mailadres" required>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label="Rol" required>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
            <option value="">Kies een rol</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {invite.isError && <ErrorMessage error={invite.error} />}
      <div className="actions">
        <button type="submit" disabled={invite.isPending}>
          {invite.isPending ? "Bezig met uitnodigen…" : "Uitnodiging maken"}
        </button>
      </div>
      {link && (
        <div className="success" aria-live="polite">
          <p>
            De uitnodiging is gemaakt. Stuur deze link naar je collega; hij werkt één keer en is 14 dagen
            geldig.
          </p>
          <CopyLinkField label="Uitnodigingslink" link={link} />
        </div>
      )}
    </form>
  );
}
