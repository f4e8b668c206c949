import { can, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";

/** What the user can do in the active organisation: a partner works only at the candidate desk. */
export function useRegionAccess() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const active = me.data?.memberships.filter((m) => m.organizationId === me.data?.activeOrganizationId) ?? [];
  const roles = active.map((m) => m.role);
  return {
    ready: me.isSuccess,
    isPartner: active.some((m) => m.organizationKind === "PARTNER"),
    canRefer: can(roles, "referCandidates"),
    canReadAdvice: can(roles, "readAdvice"),
  };
}
