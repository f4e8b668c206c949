import type { RouterInputs } from "@ontwikkelpad/api";

export type CreatePersonInput = RouterInputs["employer"]["persons"]["create"];
export type UpdatePersonInput = RouterInputs["employer"]["persons"]["update"];

/** What the add and edit forms hold: strings, as the inputs give them ("" for no location). */
export interface PersonFormValues {
  kind: "STAFF" | "CANDIDATE";
  givenName: string;
  familyName: string;
  email: string;
  functionId: string;
  locationId: string;
  hoursPerWeek: string;
  contractStart: string;
  contractEnd: string;
}

/** Today's date in the user's own time zone, as yyyy-mm-dd. */
const pad = (n: number) => String(n).padStart(2, "0");

export function localIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyPersonForm(now = new Date()): PersonFormValues {
  return {
    kind: "STAFF",
    givenName: "",
    familyName: "",
    email: "",
    functionId: "",
    locationId: "",
    hoursPerWeek: "",
    contractStart: localIsoDate(now),
    contractEnd: "",
  };
}

/** Parses "24", "24,5" or "24.5"; anything else becomes NaN so the server names the field. */
export function parseHours(value: string): number {
  const trimmed = value.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The fields add and edit share: empty optional fields left out, hours as a number. */
function personFields(values: PersonFormValues): Omit<UpdatePersonInput, "personId"> {
  const email = values.email.trim();
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    functionId: values.functionId,
    hoursPerWeek: parseHours(values.hoursPerWeek),
    contractStart: values.contractStart,
    ...(email ? { email } : {}),
    ...(values.locationId ? { locationId: values.locationId } : {}),
    ...(values.contractEnd ? { contractEnd: values.contractEnd } : {}),
  };
}

export function toCreatePersonInput(values: PersonFormValues): CreatePersonInput {
  return { kind: values.kind, ...personFields(values) };
}

export function toUpdatePersonInput(personId: string, values: PersonFormValues): UpdatePersonInput {
  return { personId, ...personFields(values) };
}

/** A person as persons.get returns it, enough to fill the edit form. */
export interface StoredPerson {
  kind: PersonFormValues["kind"];
  givenName: string;
  familyName: string;
  email: string | null;
  employment: {
    functionId: string;
    locationId: string | null;
    hoursPerWeek: number;
    contractStart: string;
    contractEnd: string | null;
  } | null;
}

/** The edit form filled with what is stored; hours with a Dutch decimal comma. */
export function personFormFrom(person: StoredPerson, now = new Date()): PersonFormValues {
  const e = person.employment;
  return {
    kind: person.kind,
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email ?? "",
    functionId: e?.functionId ?? "",
    locationId: e?.locationId ?? "",
    hoursPerWeek: e ? String(e.hoursPerWeek).replace(".", ",") : "",
    contractStart: e?.contractStart ?? localIsoDate(now),
    contractEnd: e?.contractEnd ?? "",
  };
}
