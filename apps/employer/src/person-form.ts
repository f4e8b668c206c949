import type { RouterInputs } from "@ontwikkelpad/api";

export type CreatePersonInput = RouterInputs["employer"]["persons"]["create"];

/** What the "Persoon toevoegen" form holds: strings, as the inputs give them. */
export interface PersonFormValues {
  kind: "STAFF" | "CANDIDATE";
  givenName: string;
  familyName: string;
  email: string;
  functionId: string;
  hoursPerWeek: string;
  contractStart: string;
  contractEnd: string;
}

export const PERSON_KIND_LABELS = { STAFF: "Medewerker", CANDIDATE: "Kandidaat" } as const;

/** Today's date in the user's own time zone, as yyyy-mm-dd. */
const pad = (n: number) => String(n).padStart(2, "0");

export function localIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyPersonForm(now = new Date()): PersonFormValues {
  return { kind: "STAFF", givenName: "", familyName: "", email: "", functionId: "", hoursPerWeek: "", contractStart: localIsoDate(now), contractEnd: "" };
}

/** Parses "24", "24,5" or "24.5"; anything else becomes NaN so the server names the field. */
export function parseHours(value: string): number {
  const trimmed = value.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The create input: empty optional fields left out, hours as a number. */
export function toCreatePersonInput(values: PersonFormValues): CreatePersonInput {
  const email = values.email.trim();
  return {
    kind: values.kind,
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    functionId: values.functionId,
    hoursPerWeek: parseHours(values.hoursPerWeek),
    contractStart: values.contractStart,
    ...(email ? { email } : {}),
    ...(values.contractEnd ? { contractEnd: values.contractEnd } : {}),
  };
}

export { formatDate } from "@ontwikkelpad/ui";
