import { describe, expect, it } from "vitest";
import { mailSettingsRedirect } from "./mail-settings.ts";

describe("mailSettingsRedirect", () => {
  it.each([
    ["?meldingen=trainingRequest", "/meldingen?soort=trainingRequest"],
    ["?stap=8&meldingen=sign", "/meldingen?soort=sign"],
    ["?meldingen=", "/meldingen?soort="],
    ["?meldingen=a%26b", "/meldingen?soort=a%26b"],
    ["", null],
    ["?soort=sign", null],
  ])("sends %j to %j", (search, expected) => {
    expect(mailSettingsRedirect(search)).toBe(expected);
  });
});
