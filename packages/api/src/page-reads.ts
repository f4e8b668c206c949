import { hash } from "@node-rs/argon2";
import { ROLES_OF_KIND } from "@ontwikkelpad/core";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import type { z } from "zod";
import { appRouter } from "./root.ts";
import { loggedInClient } from "./test-client.ts";

/** For tests: the page-level reads of the portals, and a user who may open all of them. */

export const PORTAL_KINDS = { employer: "EMPLOYER", school: "SCHOOL", region: "REGION" } as const;
export type Portal = keyof typeof PORTAL_KINDS;

type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
/** Every query of a portal that opens without input: the lists and overviews of its pages. */
export const pageReads: string[] = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
)
  .filter(
    ([path, procedure]) =>
      /^(employer|school|region)\./.test(path) &&
      procedure._def.type === "query" &&
      procedure._def.inputs.every((schema) => schema.safeParse(undefined).success),
  )
  .map(([path]) => path);

type Caller = Awaited<ReturnType<Awaited<ReturnType<typeof loggedInClient>>["call"]>>;

/** A caller logged in as a new user holding every role of its organisation's kind, so no read is refused. */
export async function allRolesCaller(db: Database, organizationId: string, portal: Portal): Promise<Caller> {
  const email = `alle-rollen@${organizationId}.test`;
  await db.prisma.user.create({
    data: {
      email,
      displayName: `Alle rollen ${portal}`,
      passwordHash: await hash(DEMO_PASSWORD),
      memberships: {
        create: ROLES_OF_KIND[PORTAL_KINDS[portal]].map((role) => ({ role, organizationId })),
      },
    },
  });
  return (await loggedInClient(db, email, `all-roles-${organizationId}`)).call();
}

/** Calls the read at `path` ("employer.persons.list") without input. */
export const openRead = (caller: Caller, path: string): Promise<unknown> =>
  (
    path
      .split(".")
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key],
        caller,
      ) as () => Promise<unknown>
  )();
