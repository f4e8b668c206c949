import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dutchZodMessage } from "./zod-error-map.ts";

z.config({ customError: dutchZodMessage });

const messageOf = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

describe("Dutch validation messages", () => {
  it.each([
    [z.string().max(100), "x".repeat(101), "Gebruik hoogstens 100 tekens; maak de tekst korter."],
    [z.string().min(1), "", "Vul dit veld in."],
    [z.string(), undefined, "Vul dit veld in."],
    [z.number(), "24 uur", "Vul een getal in, zonder letters of andere tekens."],
    [z.number().int(), 1.5, "Vul een heel getal in."],
    [z.number().max(60), 61, "Vul 60 of minder in."],
    [z.number().positive(), 0, "Vul meer dan 0 in."],
    [z.iso.date(), "31-12-2026", "Vul een geldige datum in."],
    [z.email(), "naam@", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."],
    [z.enum(["BBL", "BOL"]), "DUAL", "Kies een van de mogelijkheden uit de lijst."],
    [z.array(z.string()).max(2), ["a", "b", "c"], "Er passen hoogstens 2 in; neem er minder."],
    [z.strictObject({}), { extra: 1 }, "Onbekend veld: extra. Laat het weg."],
  ])("%#: %o", (schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(z.string().min(1, "Vul de voornaam in."), "")).toBe("Vul de voornaam in.");
  });
});
