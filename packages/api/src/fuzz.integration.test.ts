import { randomBytes } from "node:crypto";
import { DEMO_LOGINS, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { TRPCError } from "@trpc/server";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { CSRF_HEADER, SESSION_COOKIE, createContext, hashToken } from "./context.ts";
import { appRouter, createCaller } from "./root.ts";

/**
 * Every procedure of the router gets generated input of every shape (wrong types, huge and odd
 * strings, impossible dates, odd numbers, prototype keys, real ids of this and another organisation)
 * from a caller holding every role of the procedure's kind of organisation. Whatever the input, the
 * answer is a result or a clear refusal, never INTERNAL_SERVER_ERROR. A new procedure is covered by
 * walking the router, like the authorization matrix.
 */
const RUNS_PER_PROCEDURE = 25;

const ODD_STRINGS = [
  "",
  " ",
  "\u0000",
  "Sam\u0000",
  "\ud800",
  "x\udfffy",
  "%",
  "%E0%A4%A",
  "__proto__",
  "constructor",
  "'; DROP TABLE person; --",
  '=HYPERLINK("https://example.org")\n=1+1',
  "Ⓐ😀\u202e",
  "NaN",
  "-1",
  "1e400",
  "x".repeat(3_000),
  "é".repeat(10_001),
];
const ODD_DATES = [
  "0000-01-01",
  "0001-01-01",
  "1000-06-15",
  "1900-01-01",
  "2999-12-31",
  "9999-12-31",
  "2026-02-29",
  "2024-02-29",
  "2026-13-01",
  "-000001-01-01",
  "+275760-09-13",
  "2026-12-01T00:00:00Z",
];
const ODD_EMAILS = [
  "hr@kinderrijk.demo",
  "HR@Kinderrijk.Demo",
  `${"a".repeat(3_000)}@example.org`,
  `${"a".repeat(64)}@${"b".repeat(250)}.nl`,
  "a\u0000@example.org",
  "\ud800@example.org",
];
const ODD_NUMBERS = [0, -0, -1, 0.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2];

/** Objects with own prototype keys, as JSON.parse builds them from a request body. */
const prototypeKeyObjects = fc
  .constantFrom('{"__proto__": {"isAdmin": true}}', '{"constructor": {"prototype": {"isAdmin": true}}}')
  .map((json) => JSON.parse(json) as Record<string, unknown>);
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 42, "tekst", [], {}),
  prototypeKeyObjects,
  fc.anything({ maxDepth: 2 }),
);

const dateLike = fc.oneof(
  fc.constantFrom(...ODD_DATES),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(
      ({ y, m, d }) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
);

type Schema = z.ZodType;

/** Values shaped like `schema` expects at most levels, with odd leaves and an occasional wrong type. */
function arbitraryFor(schema: Schema, pool: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const shaped = shapedFor(schema, pool);
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: wrongType });
}

function shapedFor(schema: Schema, pool: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const def = schema.def as z.ZodType["def"] & Record<string, unknown>;
  const inner = (key: string) => arbitraryFor(def[key] as Schema, pool);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, Schema>;
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, pool)])),
      );
      return fc.oneof(
        { weight: 6, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc
            .tuple(record, prototypeKeyObjects)
            .map(([value, extra]) => Object.assign(extra, value)),
        },
      );
    }
    case "string": {
      const format = (def as { format?: string }).format;
      if (format === "date" || format === "datetime") return dateLike;
      if (format === "email") return fc.oneof(fc.constantFrom(...ODD_EMAILS), fc.emailAddress());
      return fc.oneof(
        { weight: 3, arbitrary: pool },
        { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS, ...ODD_DATES) },
        { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
        { weight: 1, arbitrary: dateLike },
      );
    }
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constantFrom(...ODD_NUMBERS), fc.double());
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({ noInvalidDate: false });
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "optional":
    case "default":
    case "prefault":
      return fc.oneof(inner("innerType"), fc.constant(undefined));
    case "nullable":
      return fc.oneof(inner("innerType"), fc.constant(null));
    case "readonly":
    case "catch":
    case "nonoptional":
    case "success":
      return inner("innerType");
    case "pipe":
      return shapedFor(def.in as Schema, pool);
    case "lazy":
      return shapedFor((def.getter as () => Schema)(), pool);
    case "union":
      return fc.oneof(...(def.options as Schema[]).map((option) => shapedFor(option, pool)));
    case "intersection":
      return fc
        .tuple(shapedFor(def.left as Schema, pool), shapedFor(def.right as Schema, pool))
        .map(([left, right]) =>
          typeof left === "object" && typeof right === "object" ? { ...left, ...right } : left,
        );
    case "array":
      return fc.array(inner("element"), { maxLength: 6 });
    case "tuple":
      return fc.tuple(...(def.items as Schema[]).map((item) => arbitraryFor(item, pool)));
    case "record":
      return fc.dictionary(
        fc.oneof(pool, fc.constantFrom(...ODD_STRINGS)),
        arbitraryFor(def.valueType as Schema, pool),
        { maxKeys: 4 },
      );
    case "void":
    case "undefined":
      return fc.constant(undefined);
    case "null":
      return fc.constant(null);
    default:
      return wrongType;
  }
}

/** The input of a procedure: its `.input()` parsers merged, as tRPC merges them. */
function inputArbitrary(path: string, pool: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: Schema[] } }>;
  const procedure = procedures[path]!;
  const [first, ...rest] = procedure._def.inputs.map((schema) => arbitraryFor(schema, pool));
  if (!first) return fc.oneof(fc.constant(undefined), wrongType);
  return rest.length === 0 ? first : fc.tuple(first, ...rest).map((parts) => Object.assign({}, ...parts));
}

let db: Database;
/** Per kind of organisation: a session of a user holding every demo role of that organisation. */
const sessions = new Map<
  string,
  { token: string; csrfToken: string; userId: string; organizationId: string }
>();
let idPool: fc.Arbitrary<string>;

/** The organisation kind whose members call a procedure; everything else runs as the employer. */
const kindOf = (path: string) =>
  path.startsWith("school.") ? "school" : path.startsWith("region.") ? "region" : "employer";
const PORTAL_OF_KIND = { employer: "/werkgever/", school: "/school/", region: "/regio/" } as const;

async function createAllRolesSession(kind: keyof typeof PORTAL_OF_KIND) {
  const organizationName = DEMO_LOGINS.find((l) => l.portal === PORTAL_OF_KIND[kind])!.organization;
  const organization = await db.prisma.organization.findFirstOrThrow({ where: { name: organizationName } });
  const roles = DEMO_LOGINS.filter((l) => l.organization === organizationName).map((l) => l.role);
  const user = await db.prisma.user.create({
    data: {
      email: `fuzz-${kind}@ontwikkelpad.test`,
      displayName: `Fuzz ${kind}`,
      passwordHash: "not-a-password-hash",
      memberships: { create: roles.map((role) => ({ role, organizationId: organization.id })) },
    },
  });
  sessions.set(kind, {
    token: randomBytes(32).toString("base64url"),
    csrfToken: randomBytes(24).toString("base64url"),
    userId: user.id,
    organizationId: organization.id,
  });
}

/** Real ids of both employers and every catalog id, so generated input also reaches past the lookups. */
async function loadIdPool(): Promise<string[]> {
  const { prisma } = db;
  const take = 8;
  const rows = await Promise.all([
    prisma.organization.findMany({ select: { id: true } }),
    prisma.person.findMany({ select: { id: true }, take }),
    prisma.developmentPath.findMany({ select: { id: true }, take }),
    prisma.location.findMany({ select: { id: true }, take }),
    prisma.evidence.findMany({ select: { id: true, workProcessId: true }, take }),
    prisma.trainingOffer.findMany({ select: { id: true }, take }),
    prisma.vacancy.findMany({ select: { id: true }, take }),
    prisma.referral.findMany({ select: { id: true }, take }),
    prisma.locationGroup.findMany({ select: { id: true }, take }),
  ]);
  const catalog = createCaller(await createContext(contextOptions(null)));
  const [functions, credentials, workProcesses] = await Promise.all([
    catalog.catalog.functions(),
    catalog.catalog.credentials(),
    catalog.catalog.workProcesses(),
  ]);
  return [
    ...rows.flat().flatMap((row: Record<string, string>) => Object.values(row)),
    ...functions.map((f) => f.id),
    ...credentials.flatMap((c) => [c.id, c.code ?? c.id]),
    ...workProcesses.flatMap((group) => group.workProcesses.map((w) => w.id)),
  ];
}

function contextOptions(kind: string | null) {
  const session = kind ? sessions.get(kind) : undefined;
  const headers = new Headers();
  if (session) {
    headers.set("cookie", `${SESSION_COOKIE}=${session.token}`);
    headers.set(CSRF_HEADER, session.csrfToken);
  }
  return { db, headers, ip: `fuzz-${kind}`, setCookie: () => {} };
}

/** Puts the session back as it was: logout ends it, switchOrganization moves it elsewhere. */
async function restoreSession(kind: string) {
  const session = sessions.get(kind)!;
  const data = {
    csrfToken: session.csrfToken,
    userId: session.userId,
    activeOrganizationId: session.organizationId,
    expiresAt: new Date(Date.now() + 3_600_000),
  };
  await db.prisma.session.upsert({
    where: { tokenHash: hashToken(session.token) },
    create: { tokenHash: hashToken(session.token), ...data },
    update: data,
  });
}

/** The answer's tRPC code, or "OK"; a server error comes with its cause, to read in the failure report. */
async function answer(path: string, input: unknown): Promise<string> {
  const kind = kindOf(path);
  await restoreSession(kind);
  const caller = createCaller(await createContext(contextOptions(kind)));
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    await procedure(input);
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code !== "INTERNAL_SERVER_ERROR") return error.code;
    return `INTERNAL_SERVER_ERROR: ${(error.cause ?? error).message.slice(0, 800)}`;
  }
}

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  for (const kind of Object.keys(PORTAL_OF_KIND) as (keyof typeof PORTAL_OF_KIND)[])
    await createAllRolesSession(kind);
  idPool = fc.constantFrom(...(await loadIdPool()));
});
afterAll(() => db.close());

const procedures = Object.keys(appRouter._def.procedures);

describe(`no input makes a procedure fail: ${procedures.length} procedures × ${RUNS_PER_PROCEDURE} inputs`, () => {
  it.each(procedures)(
    "%s",
    async (path) => {
      await fc.assert(
        fc.asyncProperty(inputArbitrary(path, idPool), async (input) => {
          expect(await answer(path, input)).not.toMatch(/^INTERNAL_SERVER_ERROR/);
        }),
        { numRuns: RUNS_PER_PROCEDURE },
      );
    },
    120_000,
  );
});
