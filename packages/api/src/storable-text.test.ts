import { describe, expect, it } from "vitest";
import { findUnstorableText } from "./storable-text.ts";

describe("findUnstorableText", () => {
  it("finds a NUL character or a lone surrogate and says where", () => {
    expect(findUnstorableText("a\u0000b")).toEqual([]);
    expect(findUnstorableText({ person: { givenName: "Sam\ud800" } })).toEqual(["person", "givenName"]);
    expect(findUnstorableText({ rows: [{}, { voornaam: "\udc00x" }] })).toEqual(["rows", 1, "voornaam"]);
    expect(findUnstorableText({ data: { "sleutel\u0000": 1 } })).toEqual(["data"]);
  });

  it("accepts any other text, including characters outside the basic plane", () => {
    expect(findUnstorableText({ name: "Jovanović 😀 Ⓐ \u202e", tags: ["\ud83d\ude00"], n: 3 })).toBeNull();
    expect(findUnstorableText(undefined)).toBeNull();
    expect(findUnstorableText(null)).toBeNull();
  });

  it("walks deeply nested input without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(20_000);
  });
});
