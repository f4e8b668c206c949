/**
 * What each role may do in its organisation, as the api checks it with `requireRole`
 * (packages/api/src/routers/employer/organisation/roles.ts). The server stays the authority: the
 * portals use this only to leave out buttons the server would refuse.
 */
export const PERMISSIONS = {
  /** Add locations, groups and SBB recognitions. */
  manageOrganisation: ["ADMIN"],
} as const satisfies Record<string, readonly string[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a user with `roles` in the active organisation may do `permission`. */
export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
