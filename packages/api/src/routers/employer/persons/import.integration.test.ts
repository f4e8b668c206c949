/**
 * A long import shares the database: it writes in short transactions, so requests that arrive during a
 * 2,000-row import are answered before it finishes, and it stays all-or-nothing when a batch fails.
 */
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";
import { IMPORT_BATCH_ROWS } from "./import.ts";
import type { ImportRow } from "./person-import.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const hr = (on = db) => loggedInClient(on, "hr@kinderrijk.demo", "import-hr");

/** A write the import's checks cannot foresee: the database refuses a person named "Breaks". */
const refuseBreaks = (on: Database) =>
  on.sql.exec(`
    CREATE FUNCTION refuse_breaks() RETURNS trigger AS $$
    BEGIN
      IF NEW."givenName" = 'Breaks' THEN RAISE EXCEPTION 'refused'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    CREATE TRIGGER refuse_breaks BEFORE INSERT ON "Person" FOR EACH ROW EXECUTE FUNCTION refuse_breaks();`);

const row = (n: number, tag: string): ImportRow => ({
  voornaam: `${tag}${n}`,
  achternaam: "Import",
  email: "",
  functie: "Groepshulp",
  locatie: "KDV De Boomhut",
  uren: "24",
  startdatum: "1-9-2026",
  einddatum: "",
  soort: "",
});
const rows = (count: number, tag: string) => Array.from({ length: count }, (_, n) => row(n, tag));
const imported = (tag: string) =>
  db.prisma.person.count({
    where: { employerOrganizationId: kinderrijkId, givenName: { startsWith: tag } },
  });

describe("a 2,000-row import", () => {
  it("lets trivial reads through while it writes, and finishes with every row", async () => {
    const importer = await (await hr()).call();
    const reader = await hr();
    let finished = false;
    const answeredBefore: boolean[] = [];
    const importing = importer.employer.persons
      .import({ rows: rows(2000, "Bulk"), dryRun: false })
      .finally(() => (finished = true));
    // One trivial read after another (each one reads the session), until the import has committed;
    // each arrives in a turn of the event loop of its own, as a request from the network does.
    while (!finished) {
      await new Promise((resolve) => setImmediate(resolve));
      await (await reader.call()).catalog.pathSteps();
      answeredBefore.push(!finished);
    }
    expect(await importing).toMatchObject({ created: 2000, updated: 0 });
    expect(await imported("Bulk")).toBe(2000);
    // A read gets in between the import's transactions, not only before or after all of them.
    expect(answeredBefore.filter(Boolean).length).toBeGreaterThanOrEqual(2000 / IMPORT_BATCH_ROWS / 2);
  }, 120_000);

  it("gives each person the employment of their own row", async () => {
    const c = await (await hr()).call();
    const varied = rows(IMPORT_BATCH_ROWS * 2 + 7, "Own").map((r, n) => ({
      ...r,
      uren: String(4 + (n % 33)),
    }));
    await c.employer.persons.import({ rows: varied, dryRun: false });
    const persons = await db.prisma.person.findMany({
      where: { employerOrganizationId: kinderrijkId, givenName: { startsWith: "Own" } },
      select: { givenName: true, employments: { select: { hoursPerWeek: true } } },
    });
    expect(persons).toHaveLength(varied.length);
    for (const person of persons) {
      const n = Number(person.givenName.slice("Own".length));
      expect(person.employments.map((e) => Number(e.hoursPerWeek))).toEqual([4 + (n % 33)]);
    }
  });

  it("leaves the team as it was when a later batch fails", async () => {
    const c = await (await hr()).call();
    await c.employer.persons.import({ rows: rows(3, "Keep"), dryRun: false });
    const team = () =>
      db.prisma.person.findMany({
        where: { employerOrganizationId: kinderrijkId, givenName: { startsWith: "Keep" } },
        include: { employments: true },
        orderBy: { givenName: "asc" },
      });
    const before = await team();
    const audits = () => db.prisma.auditEvent.count({ where: { action: "person.import" } });
    const auditsBefore = await audits();
    // A write the checks cannot foresee fails in the database, in the batch after the first one.
    await refuseBreaks(db);
    const changed = rows(3, "Keep").map((r) => ({
      ...r,
      uren: "32",
      email: `${r.voornaam}@kinderrijk.demo`,
    }));
    const added = rows(IMPORT_BATCH_ROWS + 10, "Undo");
    added[IMPORT_BATCH_ROWS + 5] = { ...added[0]!, voornaam: "Breaks" };
    try {
      await expect(
        c.employer.persons.import({ rows: [...changed, ...added], dryRun: false }),
      ).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    } finally {
      await db.sql.exec(`DROP TRIGGER refuse_breaks ON "Person"; DROP FUNCTION refuse_breaks();`);
    }
    expect(await team()).toEqual(before);
    expect(await imported("Undo")).toBe(0);
    expect(await imported("Breaks")).toBe(0);
    expect(await audits()).toBe(auditsBefore);
  });

  it("is not cut between a failed batch and its undoing when the database closes meanwhile", async () => {
    // The server's stop closes the database; during an import it must wait for the import as a whole.
    const own = await createTestDatabase({ demo: true });
    await refuseBreaks(own);
    const c = await (await hr(own)).call();
    const added = rows(IMPORT_BATCH_ROWS * 3, "Stop");
    added[IMPORT_BATCH_ROWS * 2 + 5] = { ...added[0]!, voornaam: "Breaks" };
    const importing = c.employer.persons.import({ rows: added, dryRun: false });
    const outcome = importing.then(
      () => "imported",
      (error: { cause?: { message?: string } }) => error.cause?.message ?? "",
    );
    // The stop begins once the first batch is written.
    while ((await own.prisma.person.count({ where: { givenName: { startsWith: "Stop" } } })) === 0)
      await new Promise((resolve) => setImmediate(resolve));
    await own.close();
    // The batch the database refused is what failed, not a write after the close: the batches
    // before it were undone on the open database.
    expect(await outcome).toContain("refused");
  });
});
