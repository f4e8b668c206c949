import type { RouterOutputs } from "@ontwikkelpad/api";
import { ROLE_LABELS } from "./labels.ts";
import { PEOPLE_ACTIONS, PERMISSIONS, type StaffedKind } from "./roles.ts";

export type Colleagues = RouterOutputs["colleagues"]["list"];
export type Colleague = Colleagues["members"][number];
export type StaffRole = Colleague["roles"][number];

/** The roles' Dutch names, in the order given. */
export const rolesText = (roles: readonly StaffRole[]) => roles.map((r) => ROLE_LABELS[r]).join(", ");

/** The roles whose holders manage the people of an organisation of `kind` (core's table). */
export const adminRoles = (kind: StaffedKind): readonly string[] => PERMISSIONS[PEOPLE_ACTIONS[kind].manage];

/** The link to pass on to the invitee: the accept page of the portal the invitation belongs to. */
export const invitationLink = (basename: string, token: string) =>
  `${window.location.origin}${basename}/uitnodiging/${token}`;
