import { can, PEOPLE_ACTIONS, type StaffedKind } from "../permissions.ts";

/** A member of an organisation with all their roles in it. */
export interface MemberRoles {
  userId: string;
  roles: readonly string[];
}

/**
 * Whether the organisation of `kind` still has an admin — a member whose roles may manage its people
 * (`PEOPLE_ACTIONS`) — once `change.userId` holds `change.roles` (none: their access is removed).
 * An organisation always keeps one, so no change can lock it out of managing its own people.
 */
export function keepsAnAdmin(
  kind: StaffedKind,
  members: readonly MemberRoles[],
  change: MemberRoles,
): boolean {
  const after = [...members.filter((m) => m.userId !== change.userId), change];
  return after.some((m) => can(m.roles, PEOPLE_ACTIONS[kind].manage));
}
