import { DEMO_LOGINS, type Database } from "@ontwikkelpad/db";
import { MARKER, type MarkerTenants, createTestDatabase, seedMarkerTenants } from "@ontwikkelpad/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATRIX, type Ids, loadIds } from "./authorization-matrix.ts";
import { appRouter } from "./root.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * No answer shows another organisation's data. Beside the demo data the database holds a second
 * employer, school, region and partner (`seedMarkerTenants`) whose every name, e-mail and text
 * carries a marker. Every query procedure of the router is called as every demo login (each role
 * of Kinderrijk, De Maasoever, Rijnmond and UWV) with the authorization matrix's input; the answer,
 * or the refusal's message, must hold no marker text and no id of any marker record. Walking the
 * router covers a new query without an entry here; mutations are out of scope.
 */

/**
 * What a query may show of the marker tenants by design, each with its reason: these texts are taken
 * out of its answer before the search, the rest of the answer is still searched.
 */
const PUBLIC_BY_DESIGN: Record<string, { reason: string; shows: (m: MarkerTenants) => string[] }> = {
  "employer.assessments.get": {
    reason: "an employer may ask any mbo school for a praktijkverklaring: the list of schools is a directory",
    shows: (m) => [m.school.id, m.school.name],
  },
  "employer.organization.employers": {
    reason:
      "a person may move to any employer: to name the new one, the employers' names and ids are a directory",
    shows: (m) => [m.employer.id, m.employer.name],
  },
  "school.offers.regions": {
    reason: "an offer may serve any arbeidsmarktregio: the list of regions is public",
    shows: (m) => [m.region.name],
  },
};

/**
 * Inputs beside the matrix's for queries whose input picks another way of reading: a search for the
 * marker's own text, the funnel grouped by partner and by employer.
 */
const MORE_INPUTS: Record<string, () => unknown[]> = {
  "employer.persons.list": () => [{ search: MARKER }],
  "region.funnel.get": () => (["partner", "employer"] as const).map((by) => ({ by, period: "2026-Q3" })),
};

let db: Database;
let ids: Ids;
let markers: MarkerTenants;
const clients = new Map<string, Awaited<ReturnType<typeof loggedInClient>>>();

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  ids = await loadIds(db.prisma);
  markers = await seedMarkerTenants(db.prisma);
  for (const { email } of DEMO_LOGINS)
    clients.set(email, await loggedInClient(db, email, `isolation-${email}`));
}, 120_000);
afterAll(() => db.close());

/** The answer as JSON, or the refusal's code and message; a server error is a finding of its own. */
async function answerOf(email: string, path: string, input: unknown): Promise<string> {
  const caller = await clients.get(email)!.call();
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    return JSON.stringify(await procedure(input)) ?? "";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

/** The markers an answer shows (the marker text, ids of marker records), each with what surrounds it. */
function markersIn(path: string, answer: string): string[] {
  const allowed = PUBLIC_BY_DESIGN[path]?.shows(markers) ?? [];
  const searched = allowed.reduce((text, shown) => text.replaceAll(shown, ""), answer);
  return [MARKER.toLowerCase(), ...markers.ids].flatMap((marker) => {
    const at = searched.toLowerCase().indexOf(marker.toLowerCase());
    return at < 0 ? [] : [`…${searched.slice(Math.max(0, at - 80), at + marker.length + 40)}…`];
  });
}

const queries = Object.entries(appRouter._def.procedures)
  .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === "query")
  .map(([path]) => path);

describe(`tenant isolation: ${queries.length} queries × ${DEMO_LOGINS.length} logins`, () => {
  it("seeded the marker tenants", () => {
    expect(markers.ids.length).toBeGreaterThan(50);
  });

  it("exempts only queries of the router, each with its reason, and gives more inputs only to queries", () => {
    for (const [path, { reason }] of Object.entries(PUBLIC_BY_DESIGN)) {
      expect(queries).toContain(path);
      expect(reason.length).toBeGreaterThan(20);
    }
    for (const path of Object.keys(MORE_INPUTS)) expect(queries).toContain(path);
  });

  it.each(queries)(
    "%s shows no other organization's data",
    async (path) => {
      const findings: { login: string; shows?: string[]; serverError?: string }[] = [];
      const inputs = [MATRIX[path]!.input(ids), ...(MORE_INPUTS[path]?.() ?? [])];
      for (const { email } of DEMO_LOGINS) {
        for (const input of inputs) {
          const answer = await answerOf(email, path, input);
          // A server error here, with marker data in the database, means its records were read.
          if (answer.startsWith("INTERNAL_SERVER_ERROR"))
            findings.push({ login: email, serverError: answer });
          const shown = markersIn(path, answer);
          if (shown.length > 0) findings.push({ login: email, shows: shown.slice(0, 3) });
        }
      }
      expect(findings).toEqual([]);
    },
    60_000,
  );
});
