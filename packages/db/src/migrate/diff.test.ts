import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "./diff.ts";

describe("the migrations folder", () => {
  it("matches prisma/schema.prisma (run migration:new after changing the schema)", async () => {
    expect(await diffMigrationsToSchema()).toBeNull();
  });
});
