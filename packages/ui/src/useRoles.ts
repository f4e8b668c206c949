import { useQuery } from "@tanstack/react-query";
import { can, type Permission } from "./roles.ts";
import { useTRPC } from "./trpc.tsx";

/**
 * The user's roles in the active organisation (from `auth.me`, which the app shell has loaded) and
 * `can(permission)`. While `auth.me` loads, the user may do nothing.
 */
export function useRoles(): { roles: string[]; can: (permission: Permission) => boolean } {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const roles =
    me.data?.memberships
      .filter((m) => m.organizationId === me.data.activeOrganizationId)
      .map((m) => m.role) ?? [];
  return { roles, can: (permission) => can(roles, permission) };
}
