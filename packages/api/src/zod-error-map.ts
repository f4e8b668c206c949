import { z } from "zod";

const formatMessages: Record<string, string> = {
  email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
  date: "Vul een geldige datum in.",
  datetime: "Vul een geldige datum en tijd in.",
};

const typeMessages: Record<string, string> = {
  number: "Vul een getal in, zonder letters of andere tekens.",
  int: "Vul een heel getal in.",
  string: "Vul hier tekst in.",
  boolean: "Kies ja of nee.",
  array: "Kies een of meer waarden uit de lijst.",
};

/**
 * Dutch messages for every check zod makes, saying what to fix. A schema's own message (for
 * example "Vul de voornaam in.") comes first; this covers every check without one, so no English
 * text of zod reaches a user.
 */
export function dutchZodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Vul dit veld in.";
      return (
        typeMessages[issue.expected] ??
        "Dit veld heeft een waarde van de verkeerde soort. Vul het opnieuw in."
      );
    case "too_big": {
      const max = issue.maximum;
      if (issue.origin === "string") return `Gebruik hoogstens ${max} tekens; maak de tekst korter.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Er passen hoogstens ${max} in; neem er minder.`;
      return issue.inclusive === false ? `Vul minder dan ${max} in.` : `Vul ${max} of minder in.`;
    }
    case "too_small": {
      const min = issue.minimum;
      if (issue.origin === "string")
        return Number(min) <= 1 ? "Vul dit veld in." : `Gebruik minstens ${min} tekens.`;
      if (issue.origin === "array" || issue.origin === "set")
        return Number(min) <= 1 ? "Kies of vul er minstens één in." : `Kies of vul er minstens ${min} in.`;
      return issue.inclusive === false ? `Vul meer dan ${min} in.` : `Vul ${min} of meer in.`;
    }
    case "invalid_format":
      return (
        formatMessages[issue.format] ?? "Controleer de schrijfwijze: deze waarde heeft niet de goede vorm."
      );
    case "not_multiple_of":
      return `Vul een veelvoud van ${issue.divisor} in.`;
    case "invalid_value":
    case "invalid_union":
      return "Kies een van de mogelijkheden uit de lijst.";
    case "unrecognized_keys":
      return `Onbekend veld: ${issue.keys.join(", ")}. Laat het weg.`;
    case "invalid_key":
    case "invalid_element":
      return "Een van de waarden in dit veld klopt niet. Controleer ze.";
    default:
      return "Controleer dit veld.";
  }
}
