import { describe, expect, it } from "vitest";
import { createQueryClient } from "./trpc.tsx";

describe("createQueryClient", () => {
  it("reads every query again once a change succeeds, before the change counts as done", async () => {
    const client = createQueryClient();
    const key = ["school", "subsidy", "evidence"];
    await client.fetchQuery({ queryKey: key, queryFn: () => ({ open: false }) });
    const mutation = client.getMutationCache().build(client, { mutationFn: async () => "signed" });
    await mutation.execute(undefined);
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it("leaves the queries alone when a change fails", async () => {
    const client = createQueryClient();
    const key = ["school", "enrolments", "get"];
    await client.fetchQuery({ queryKey: key, queryFn: () => 1 });
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw new Error("Kies de bpv-docent.");
      },
    });
    await expect(mutation.execute(undefined)).rejects.toThrow("Kies de bpv-docent.");
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);
  });
});
