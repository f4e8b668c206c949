import {
  isOpenToEveryMember,
  PERMISSIONS,
  ROLES,
  ROLES_OF_KIND,
  type Permission,
  type Role as CoreRole,
} from "@ontwikkelpad/core";
import { Role } from "@ontwikkelpad/db";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { authorizeCall, declaredActions, requireAction, type ProcedureMeta } from "./shared/authorization.ts";

// Core's roles are the database's: the same names, checked by the compiler both ways.
const coreIsDatabase: Role = ROLES.ADMIN as CoreRole;
const databaseIsCore: CoreRole = Role.ADMIN as Role;

const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => ({
  path,
  meta: (procedure as unknown as { _def: { meta?: ProcedureMeta } })._def.meta,
}));

describe("every procedure of an organisation names its action in core's table", () => {
  const ofOrganisation = procedures.filter((p) => p.meta?.organizationKinds?.length);

  it("walks the procedures of the three portals, the region desk and the people they share", () => {
    expect(coreIsDatabase).toBe(databaseIsCore);
    const portals = new Set(ofOrganisation.map((p) => p.path.split(".")[0]));
    expect([...portals].sort()).toEqual(["colleagues", "employer", "region", "school"]);
    expect(ofOrganisation.length).toBeGreaterThan(100);
  });

  it("names an action for each, with roles of the procedure's own kind of organisation", () => {
    const wrong = ofOrganisation.flatMap(({ path, meta }) => {
      const actions = declaredActions(meta);
      if (actions.length === 0) return [`${path}: no action`];
      const kindRoles: readonly string[] = meta!.organizationKinds!.flatMap((kind) => ROLES_OF_KIND[kind]);
      return actions
        .filter(
          (action) => !(action in PERMISSIONS) || PERMISSIONS[action].some((r) => !kindRoles.includes(r)),
        )
        .map((action) => `${path}: ${action} is not an action of ${meta!.organizationKinds!.join("/")}`);
    });
    expect(wrong).toEqual([]);
  });

  it("names no action on a procedure outside an organisation (login, catalog, links)", () => {
    const outside = procedures.filter((p) => !p.meta?.organizationKinds?.length);
    expect(outside.map((p) => p.path)).toContain("auth.login");
    expect(outside.filter((p) => declaredActions(p.meta).length > 0).map((p) => p.path)).toEqual([]);
  });

  it("uses every action of the table on a procedure, but those the portals only read", () => {
    const named = new Set(procedures.flatMap((p) => declaredActions(p.meta)));
    // The to-do list of every employer member shows the follow-up only to this action's roles.
    const readOnly: Permission[] = ["followUpAnswersAndReferrals"];
    const unused = (Object.keys(PERMISSIONS) as Permission[]).filter(
      (a) => !named.has(a) && !readOnly.includes(a),
    );
    expect(unused).toEqual([]);
  });

  it("has the database's role constants and no other", () => {
    expect(Object.values(Role).sort()).toEqual(Object.values(ROLES).sort());
  });
});

describe("authorizeCall", () => {
  const ok = { ok: true } as const;
  const call = (
    meta: ProcedureMeta | undefined,
    roles: CoreRole[],
    handler: Parameters<typeof authorizeCall>[3],
  ) => authorizeCall(roles, meta, "test.procedure", handler);

  it("refuses a procedure that names no action", async () => {
    await expect(call({ organizationKinds: ["SCHOOL"] }, ["TEACHER"], async () => ok)).rejects.toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
    });
  });

  it("checks an action open to every member itself", async () => {
    const meta: ProcedureMeta = { organizationKinds: ["SCHOOL"], action: "schoolMember" };
    expect(isOpenToEveryMember("schoolMember", ["SCHOOL"])).toBe(true);
    await expect(call(meta, ["TEACHER"], async () => ok)).resolves.toBe(ok);
  });

  it("fails a call of a narrower action whose handler never checked it", async () => {
    const meta: ProcedureMeta = { organizationKinds: ["SCHOOL"], action: "manageOffers" };
    await expect(call(meta, ["TRAINING_ADVISOR"], async () => ok)).rejects.toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
    });
  });

  it("lets the handler refuse a role the table does not give the action, and allow one it does", async () => {
    const meta: ProcedureMeta = { organizationKinds: ["SCHOOL"], action: "issuePraktijkverklaringen" };
    const handler = (roles: CoreRole[]) =>
      call(meta, roles, async (authorization) => {
        requireAction({ roles, authorization }, "Alleen een opleidingsadviseur of examinator.");
        return ok;
      });
    await expect(handler(["TEACHER"])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(handler(["TRAINING_ADVISOR"])).resolves.toBe(ok);
  });

  it("checks only an action the procedure declared", async () => {
    const meta: ProcedureMeta = {
      organizationKinds: ["SCHOOL"],
      action: ["assessExamResults", "establishExamResults"],
    };
    const run = (action: Permission) =>
      call(meta, ["EXAM_COMMITTEE"], async (authorization) => {
        requireAction({ roles: ["EXAM_COMMITTEE"], authorization }, "Niet jouw rol.", action);
        return ok;
      });
    await expect(run("establishExamResults")).resolves.toBe(ok);
    await expect(run("assessExamResults")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(run("manageOffers")).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
  });
});
