import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ColleagueInviteForm } from "./ColleagueInviteForm.tsx";
import { adminRoles, rolesText, type Colleague, type StaffRole } from "./colleagues.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { ActionsHeader } from "./DataTable.tsx";
import { errorMessage } from "./errors.ts";
import { ROLE_LABELS } from "./labels.ts";
import { OpenInvitations } from "./OpenInvitations.tsx";
import { usePortal } from "./portal-context.ts";
import { QueryState } from "./QueryState.tsx";
import { SimpleTable } from "./SimpleTable.tsx";
import { useTRPC } from "./trpc.tsx";
import { usePageTitle } from "./usePageTitle.ts";

/** A change being confirmed: new roles for a colleague, or none (their access ends). */
interface Editing {
  member: Colleague;
  roles: StaffRole[];
  removing: boolean;
}

/**
 * The people of the signed-in user's employer, school or region, one page for the three portals: who
 * works here with which roles, and the invitations not yet accepted. The organisation's admins (core's
 * `PEOPLE_ACTIONS`) invite with one of the organisation's own roles, change roles and end access, each
 * confirmed first; everyone else reads.
 */
export function ColleaguesPage() {
  const portal = usePortal();
  usePageTitle("Collega's", portal.name);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const colleagues = useQuery(trpc.colleagues.list.queryOptions());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.colleagues.list.pathKey() });
  const setRoles = useMutation(
    trpc.colleagues.setRoles.mutationOptions({
      onSuccess: async (_, input) => {
        const name = editing?.member.name ?? "De collega";
        setNotice(
          input.roles.length === 0
            ? `${name} heeft geen toegang meer tot de organisatie.`
            : `De rollen van ${name} zijn gewijzigd.`,
        );
        setEditing(null);
        await refresh();
      },
    }),
  );
  const open = (member: Colleague, removing: boolean) => {
    setRoles.reset();
    setNotice(null);
    setEditing({ member, roles: removing ? [] : [...member.roles], removing });
  };

  return (
    <>
      <h1>Collega&apos;s</h1>
      {notice && <output className="success">{notice}</output>}
      <QueryState query={colleagues}>
        {(data) => {
          const admins = adminRoles(data.kind);
          const isAdmin = (roles: readonly string[]) => roles.some((r) => admins.includes(r));
          const losesAdmin = editing !== null && isAdmin(editing.member.roles) && !isAdmin(editing.roles);
          const adminNames = admins.map((r) => ROLE_LABELS[r as StaffRole]).join(" of ");
          return (
            <>
              <SimpleTable
                caption="Collega's met toegang tot de organisatie"
                rows={data.members}
                rowKey={(m) => m.userId}
                emptyText="Er heeft nog niemand toegang tot de organisatie."
                columns={[
                  { header: "Naam", rowHeader: true, render: (m) => `${m.name}${m.isSelf ? " (jij)" : ""}` },
                  { header: "E-mailadres", render: (m) => m.email },
                  { header: "Rollen", render: (m) => rolesText(m.roles) },
                  ...(data.canManage
                    ? [
                        {
                          header: <ActionsHeader />,
                          render: (m: Colleague) => (
                            <div className="actions">
                              <button type="button" className="secondary" onClick={() => open(m, false)}>
                                Rollen wijzigen<span className="visually-hidden"> van {m.name}</span>
                              </button>
                              <button type="button" className="secondary" onClick={() => open(m, true)}>
                                Toegang intrekken<span className="visually-hidden"> van {m.name}</span>
                              </button>
                            </div>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {data.canManage ? (
                <>
                  <p className="hint">
                    De organisatie houdt altijd minstens één collega met de rol {adminNames}.
                  </p>
                  <ColleagueInviteForm roles={data.assignableRoles} onInvited={refresh} />
                </>
              ) : (
                <p className="hint">
                  Alleen wie de rol {adminNames} heeft, nodigt collega&apos;s uit en wijzigt rollen.
                </p>
              )}
              <OpenInvitations
                invitations={data.invitations}
                canManage={data.canManage}
                onChanged={refresh}
              />
              <ConfirmDialog
                open={editing !== null}
                title={
                  editing?.removing
                    ? `Toegang van ${editing.member.name} intrekken`
                    : `Rollen van ${editing?.member.name ?? ""} wijzigen`
                }
                confirmLabel={editing?.roles.length === 0 ? "Toegang intrekken" : "Rollen opslaan"}
                busy={setRoles.isPending}
                onConfirm={() =>
                  editing && setRoles.mutate({ userId: editing.member.userId, roles: editing.roles })
                }
                onCancel={() => setEditing(null)}
              >
                {editing && !editing.removing && (
                  <fieldset>
                    <legend>Rollen</legend>
                    {data.assignableRoles.map((r) => (
                      <label key={r} className="choice">
                        <input
                          type="checkbox"
                          checked={editing.roles.includes(r)}
                          onChange={(e) =>
                            setEditing({
                              ...editing,
                              roles: e.target.checked
                                ? [...editing.roles, r]
                                : editing.roles.filter((x) => x !== r),
                            })
                          }
                        />
                        {ROLE_LABELS[r]}
                      </label>
                    ))}
                  </fieldset>
                )}
                {editing?.roles.length === 0 && (
                  <p className="no">
                    Zonder rol heeft {editing.member.name} geen toegang meer tot de organisatie.
                  </p>
                )}
                {losesAdmin && editing.roles.length > 0 && (
                  <p className="no">
                    {editing.member.name} kan daarna geen collega&apos;s meer uitnodigen of rollen wijzigen.
                  </p>
                )}
                {setRoles.isError && (
                  <p className="form-error" role="alert">
                    {errorMessage(setRoles.error)}
                  </p>
                )}
              </ConfirmDialog>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
