import type { EmployerRole, RouterOutputs } from "@ontwikkelpad/api";
import {
  ActionsHeader,
  ConfirmDialog,
  EMPLOYER_ROLE_LABELS,
  ErrorMessage,
  Field,
  QueryState,
  errorMessage,
  formatDate,
  useRoles,
  useTRPC,
  SimpleTable,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BASENAME } from "../portal.ts";
import { CopyLinkField } from "./CopyLinkField.tsx";

type Member = RouterOutputs["employer"]["colleagues"]["list"]["members"][number];
const ROLES = Object.keys(EMPLOYER_ROLE_LABELS) as EmployerRole[];
const rolesText = (roles: readonly EmployerRole[]) => roles.map((r) => EMPLOYER_ROLE_LABELS[r]).join(", ");

/** The invitation link to copy to the colleague. */
const invitationLink = (token: string) => `${window.location.origin}${BASENAME}/uitnodiging/${token}`;

/**
 * Colleagues and their roles. An admin invites by e-mail with a role (the link is shown to copy),
 * changes roles and removes access, each confirmed; everyone else reads.
 */
export function ColleaguesSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const manages = useRoles().can("manageColleagues");
  const colleagues = useQuery(trpc.employer.colleagues.list.queryOptions());
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<EmployerRole | "">("");
  const [link, setLink] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ member: Member; roles: EmployerRole[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.employer.colleagues.list.pathKey() });
  const invite = useMutation(
    trpc.employer.colleagues.invite.mutationOptions({
      onSuccess: async ({ token }) => {
        setLink(invitationLink(token));
        setEmail("");
        setRole("");
        await refresh();
      },
    }),
  );
  const setRoles = useMutation(
    trpc.employer.colleagues.setRoles.mutationOptions({
      onSuccess: async (_, input) => {
        setNotice(
          input.roles.length === 0
            ? `${editing?.member.name ?? "De collega"} heeft geen toegang meer tot de organisatie.`
            : `De rollen van ${editing?.member.name ?? "de collega"} zijn gewijzigd.`,
        );
        setEditing(null);
        await refresh();
      },
    }),
  );

  return (
    <section aria-labelledby="colleagues-title">
      <h2 id="colleagues-title">Collega&apos;s en rollen</h2>
      {notice && <output className="success">{notice}</output>}
      <QueryState query={colleagues}>
        {(data) => (
          <>
            <SimpleTable
              caption="Collega's met toegang tot de organisatie"
              rows={data.members}
              rowKey={(m) => m.userId}
              columns={[
                {
                  header: "Naam",
                  rowHeader: true,
                  render: (m) => `${m.name}${m.isSelf ? " (jij)" : ""}`,
                },
                { header: "E-mailadres", render: (m) => m.email },
                { header: "Rollen", render: (m) => rolesText(m.roles) },
                ...(manages
                  ? [
                      {
                        header: <ActionsHeader />,
                        render: (m: Member) => (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => {
                              setRoles.reset();
                              setNotice(null);
                              setEditing({ member: m, roles: [...m.roles] });
                            }}
                          >
                            Rollen wijzigen<span className="visually-hidden"> van {m.name}</span>
                          </button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {data.invitations.length > 0 && (
              <>
                <h3>Openstaande uitnodigingen</h3>
                <ul>
                  {data.invitations.map((i) => (
                    <li key={i.id}>
                      {i.email} als {EMPLOYER_ROLE_LABELS[i.role].toLowerCase()}, geldig tot{" "}
                      {formatDate(i.expiresOn)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryState>

      {manages ? (
        <form
          aria-labelledby="invite-title"
          className="step-panel"
          onSubmit={(event) => {
            event.preventDefault();
            setLink(null);
            invite.mutate({ email, role: role as EmployerRole });
          }}
        >
          <h3 id="invite-title">Collega uitnodigen</h3>
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
              <select {...props} value={role} onChange={(e) => setRole(e.target.value as EmployerRole)}>
                <option value="">Kies een rol</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {EMPLOYER_ROLE_LABELS[r]}
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
      ) : (
        <p className="hint">Alleen een beheerder nodigt collega&apos;s uit en wijzigt rollen.</p>
      )}

      <ConfirmDialog
        open={editing !== null}
        title={`Rollen van ${editing?.member.name ?? ""} wijzigen`}
        confirmLabel={editing?.roles.length === 0 ? "Toegang intrekken" : "Rollen opslaan"}
        busy={setRoles.isPending}
        onConfirm={() => editing && setRoles.mutate({ userId: editing.member.userId, roles: editing.roles })}
        onCancel={() => setEditing(null)}
      >
        <fieldset>
          <legend>Rollen</legend>
          {ROLES.map((r) => (
            <label key={r} className="choice">
              <input
                type="checkbox"
                checked={editing?.roles.includes(r) ?? false}
                onChange={(e) =>
                  editing &&
                  setEditing({
                    ...editing,
                    roles: e.target.checked ? [...editing.roles, r] : editing.roles.filter((x) => x !== r),
                  })
                }
              />
              {EMPLOYER_ROLE_LABELS[r]}
            </label>
          ))}
        </fieldset>
        {editing?.roles.length === 0 && (
          <p className="no">Zonder rol heeft {editing.member.name} geen toegang meer tot de organisatie.</p>
        )}
        {setRoles.isError && (
          <p className="form-error" role="alert">
            {errorMessage(setRoles.error)}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
