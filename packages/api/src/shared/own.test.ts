import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { NOT_FOUND_MESSAGES, notFound, own, type OwnedResource } from "./own.ts";

const resources = Object.keys(NOT_FOUND_MESSAGES) as OwnedResource[];

describe("own", () => {
  it("returns the row the scoped query found, falsy values included", () => {
    const row = { id: "p1" };
    expect(own(row, "person")).toBe(row);
    expect(own(0, "person")).toBe(0);
    expect(own([], "evidence")).toEqual([]);
  });

  it.each(resources)("answers a missing %s with NOT_FOUND and a Dutch sentence", (resource) => {
    for (const missing of [null, undefined]) {
      let thrown: unknown;
      try {
        own(missing, resource);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TRPCError);
      expect((thrown as TRPCError).code).toBe("NOT_FOUND");
      expect((thrown as TRPCError).message).toBe(notFound(resource).message);
      expect((thrown as TRPCError).message).toMatch(/^(De|Deze|Dit|Een) .+\.$/);
    }
  });

  it("is the only place that answers NOT_FOUND, so each resource has one answer", () => {
    const src = join(import.meta.dirname, "..");
    const writers = (readdirSync(src, { recursive: true }) as string[])
      .filter(
        (file) => file.endsWith(".ts") && !file.includes(".test.") && file !== "authorization-matrix.ts",
      )
      .filter((file) => /code:\s*"NOT_FOUND"/.test(readFileSync(join(src, file), "utf8")))
      .map((file) => relative(src, join(src, file)));
    expect(writers).toEqual(["shared/own.ts"]);
  });
});
