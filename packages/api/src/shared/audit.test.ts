import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Prisma } from "@ontwikkelpad/db";
import { describe, expect, it } from "vitest";
import { audit, AUDIT_ACTIONS } from "./audit.ts";

describe("audit", () => {
  it("takes the actor, organisation and address from the context", async () => {
    const written: unknown[] = [];
    const tx = { auditEvent: { create: (args: unknown) => written.push(args) } };
    const ctx = { session: { userId: "u1" }, organizationId: "o1", ip: "10.0.0.1" };
    await audit(tx as unknown as Prisma.TransactionClient, ctx, "person.create", {
      entity: "Person",
      entityId: "p1",
      details: { name: "Sanne" },
    });
    await audit(tx as unknown as Prisma.TransactionClient, { ...ctx, session: null }, "auth.loginFailed", {
      entity: "User",
    });
    expect(written).toEqual([
      {
        data: {
          actorUserId: "u1",
          organizationId: "o1",
          action: "person.create",
          entityType: "Person",
          entityId: "p1",
          data: { name: "Sanne" },
          ip: "10.0.0.1",
        },
      },
      {
        data: {
          actorUserId: null,
          organizationId: "o1",
          action: "auth.loginFailed",
          entityType: "User",
          entityId: null,
          ip: "10.0.0.1",
        },
      },
    ]);
  });

  it("names each action once, as area.verb", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z0-9-]*)+$/);
  });

  it("is the only writer of audit events, so every event carries a listed action", () => {
    const src = join(import.meta.dirname, "..");
    const writers = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts") && !file.includes(".test."))
      .filter((file) =>
        /auditEvent\s*\.\s*(create|createMany|upsert|update)/.test(readFileSync(join(src, file), "utf8")),
      )
      .map((file) => relative(src, join(src, file)));
    expect(writers).toEqual(["shared/audit.ts"]);
  });
});
