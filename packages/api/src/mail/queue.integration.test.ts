import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterEach, expect, it } from "vitest";
import { startJobQueue } from "./queue.ts";

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
afterEach(() => void process.off("unhandledRejection", onRejection));

it("stops without touching the database again, even for a job cut off while it ran", async () => {
  process.on("unhandledRejection", onRejection);
  const db = await createTestDatabase();
  const queue = await startJobQueue(db, { pollingIntervalSeconds: 0.5 });
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  let finish!: (error: Error) => void;
  const cutOff = new Promise<void>((_, reject) => (finish = reject));
  await queue.work("long-job", async () => {
    started();
    await cutOff;
  });
  await queue.send("long-job");
  await running;

  // The server's stop: the queue first, then the database; the job ends only after both.
  await queue.stop();
  await db.close();
  finish(new Error("cut off by the stop"));
  await new Promise((resolve) => setTimeout(resolve, 500));

  expect(rejections).toEqual([]);
});

it("lets requests in between its statements while it sets itself up on the embedded database", async () => {
  const db = await createTestDatabase();
  // A request that arrives while the queue sets itself up is I/O: it runs in a turn of the event loop.
  let statementsBeforeTheRequest: number | undefined;
  let statements = 0;
  const counted = {
    ...db,
    sql: {
      ...db.sql,
      exec: (sql: string) => {
        statements += 1;
        return db.sql.exec(sql);
      },
      query: <Row>(sql: string, params?: unknown[]) => {
        statements += 1;
        return db.sql.query<Row>(sql, params);
      },
    },
  };
  setImmediate(() => (statementsBeforeTheRequest = statements));
  const queue = await startJobQueue(counted);
  await queue.stop();
  await db.close();
  expect(statements).toBeGreaterThan(2);
  expect(statementsBeforeTheRequest).toBeLessThanOrEqual(1);
});
