import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIds, MATRIX } from "../../authorization-matrix.ts";
import { loggedInClient } from "../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

describe("a rating the bell asks to sign or co-sign", () => {
  it.each([
    ["praktijkopleider@kinderrijk.demo", "sign"],
    ["leidinggevende@kinderrijk.demo", "coSign"],
  ] as const)(
    "is one %s can %s on the page it links to, and doing so takes the notification away",
    async (email, kind) => {
      const c = await (await loggedInClient(db, email, `ratings-${email}`)).call();
      // A rating of the praktijkopleider's own, besides what the seed left: the demo's drafts are observations.
      if (kind === "sign")
        await c.employer.assessments.rate(
          MATRIX["employer.assessments.rate"]!.input(await loadIds(db.prisma)) as Parameters<
            typeof c.employer.assessments.rate
          >[0],
        );
      const asked = (await c.employer.notifications.list()).filter((n) => n.kind === kind);
      expect(asked.length).toBeGreaterThan(0);
      for (const n of asked) {
        // What the assessment page (the notification's link) shows and offers to (co-)sign.
        const page = await c.employer.assessments.get({ personId: n.personId! });
        const shown = page.coreTasks
          .flatMap((t) => t.workProcesses)
          .flatMap((wp) => [...(wp.current ? [wp.current] : []), ...wp.history])
          .filter((e) => !e.superseded);
        const open = [
          ...new Set(
            shown
              .filter((e) =>
                kind === "sign"
                  ? e.kind === "PRACTICE_ASSESSMENT" && !e.signedAt
                  : Boolean(e.signedAt) && !e.coSignedAt,
              )
              .map((e) => e.id),
          ),
        ];
        expect(open, `${n.name}: ${n.count} to ${kind}, the page offers none`).not.toEqual([]);
        if (kind === "sign") await c.employer.assessments.sign({ evidenceIds: open });
        else await c.employer.assessments.coSign({ evidenceIds: open });
      }
      expect((await c.employer.notifications.list()).filter((n) => n.kind === kind)).toEqual([]);
    },
  );
});
