import { can, isOpenToEveryMember, type Permission, type RoleKind } from "@ontwikkelpad/core";
import type { Role } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";

/**
 * What a procedure says about itself. The tiers of an organisation (`employerProcedure`, …,
 * `regionDeskProcedure`) set `organizationKinds`; every procedure of those tiers names its `action`
 * in core's `PERMISSIONS` (or the few actions it chooses between by its input or the row it acts on).
 * `authorization.integration.test.ts` walks the router and fails on a procedure that names none.
 */
export interface ProcedureMeta {
  organizationKinds?: readonly RoleKind[];
  action?: Permission | readonly Permission[];
}

/** The declared actions of a call and whether one of them has been checked. */
export interface Authorization {
  readonly actions: readonly Permission[];
  checked: boolean;
}

/** The actions `meta` names, as a list. */
export function declaredActions(meta: ProcedureMeta | undefined): readonly Permission[] {
  const action = meta?.action;
  if (action === undefined) return [];
  return typeof action === "string" ? [action as Permission] : (action as readonly Permission[]);
}

function unauthorised(path: string, why: string): TRPCError {
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `${path}: ${why}` });
}

/**
 * Runs a call of an organisation's procedure. An action open to every member of the organisation's
 * kind is checked here; any other is checked by the handler (`requireAction`) where it decides, so
 * another organisation's resource is NOT_FOUND before a missing role is FORBIDDEN. A call that
 * names no action, or succeeds without its action checked, is a programming error.
 */
export async function authorizeCall<R extends { ok: boolean }>(
  roles: readonly Role[],
  meta: ProcedureMeta | undefined,
  path: string,
  next: (authorization: Authorization) => Promise<R>,
): Promise<R> {
  const actions = declaredActions(meta);
  if (actions.length === 0) throw unauthorised(path, "the procedure names no action");
  const kinds = meta?.organizationKinds ?? [];
  const authorization: Authorization = { actions, checked: false };
  if (actions.length === 1 && isOpenToEveryMember(actions[0]!, kinds)) {
    requireAction({ roles, authorization }, "Dit onderdeel hoort niet bij jouw rol.");
  }
  const result = await next(authorization);
  if (result.ok && !authorization.checked) throw unauthorised(path, "the action was never checked");
  return result;
}

/**
 * Refuses a user whose roles in the active organisation may not do the procedure's action (core's
 * `PERMISSIONS`), with `message`: a Dutch sentence saying who does it. A procedure that names a few
 * actions says which one this call needs.
 */
export function requireAction(
  ctx: { roles: readonly Role[]; authorization: Authorization },
  message: string,
  action: Permission | undefined = ctx.authorization.actions.length === 1
    ? ctx.authorization.actions[0]
    : undefined,
): void {
  if (!action || !ctx.authorization.actions.includes(action))
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `${action} is not a declared action` });
  if (!can(ctx.roles, action)) throw new TRPCError({ code: "FORBIDDEN", message });
  ctx.authorization.checked = true;
}
