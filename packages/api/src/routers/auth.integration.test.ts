import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testClient } from "../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

/** One login from `ip`, answered with its outcome: "OK" or the refusal's code. */
async function login(email: string, password: string, ip: string): Promise<string> {
  const caller = await testClient(db, ip).call();
  return caller.auth.login({ email, password }).then(
    () => "OK",
    (error: unknown) => {
      if (error instanceof TRPCError) return error.code;
      throw error;
    },
  );
}

const count = (outcomes: string[], code: string) => outcomes.filter((o) => o === code).length;
const auditCount = (action: string, email: string) =>
  db.prisma.auditEvent.count({ where: { action, data: { path: ["email"], equals: email } } });

describe("login limits", () => {
  it("checks at most five passwords of 100 parallel wrong ones, and audits each attempt without the password", async () => {
    const email = "hr@kinderrijk.demo";
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => login(email, `geraden-${i}`, "10.2.0.1")),
    );
    const checked = count(outcomes, "UNAUTHORIZED");
    expect(checked).toBeLessThanOrEqual(5);
    expect(count(outcomes, "TOO_MANY_REQUESTS")).toBe(100 - checked);
    expect(await auditCount("auth.loginFailed", email)).toBe(checked);
    expect(await auditCount("auth.loginBlocked", email)).toBe(100 - checked);
    const events = await db.prisma.auditEvent.findMany({ where: { action: { startsWith: "auth.login" } } });
    expect(JSON.stringify(events)).not.toContain("geraden-");
  }, 120_000);

  it("lets no more than five of a parallel burst through, the right password included", async () => {
    const email = "leidinggevende@kinderrijk.demo";
    const burst = [...Array.from({ length: 15 }, (_, i) => `fout-${i}`), DEMO_PASSWORD];
    const outcomes = await Promise.all(burst.map((password) => login(email, password, "10.2.0.2")));
    expect(count(outcomes, "UNAUTHORIZED") + count(outcomes, "OK")).toBeLessThanOrEqual(5);
    expect(count(outcomes, "TOO_MANY_REQUESTS")).toBeGreaterThanOrEqual(11);
  }, 120_000);

  it("keeps an account under attack open from an address without failures", async () => {
    const email = "praktijkopleider@kinderrijk.demo";
    // 20 failures on one account from ten addresses, none of them near its own limit of five.
    for (let address = 1; address <= 10; address++)
      for (let i = 0; i < 2; i++)
        expect(await login(email, "fout", `10.3.0.${address}`)).toBe("UNAUTHORIZED");
    expect(await login(email, DEMO_PASSWORD, "10.3.0.1")).toBe("TOO_MANY_REQUESTS");
    expect(await login(email, DEMO_PASSWORD, "10.3.0.99")).toBe("OK");
  }, 120_000);

  it("stops one address trying many accounts", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(`gok${i}@voorbeeld.nl`, "fout", "10.4.0.1")),
    );
    expect(count(outcomes, "UNAUTHORIZED")).toBeLessThanOrEqual(50);
    for (let i = 0; i < 50; i++) await login(`gok${i}@voorbeeld.nl`, "fout", "10.4.0.1");
    expect(await login("hr@zonnebloem.demo", DEMO_PASSWORD, "10.4.0.1")).toBe("TOO_MANY_REQUESTS");
    expect(await login("hr@zonnebloem.demo", DEMO_PASSWORD, "10.4.0.2")).toBe("OK");
  }, 120_000);
});
