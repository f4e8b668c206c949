import type { RouterOutputs } from "@ontwikkelpad/api";

/** Dutch labels for the values the school's procedures send. */

type RequestRow = RouterOutputs["school"]["requests"]["list"][number];

export const REQUEST_KIND_LABELS: Record<RequestRow["kind"], string> = {
  TRAINING: "Scholing",
  CREDENTIAL: "Praktijkverklaring",
};

/** What a request's status means for the school: what is still to do, or how it was answered. */
export function requestStatusLabel(row: Pick<RequestRow, "kind" | "status" | "proposalAccepted">): string {
  switch (row.status) {
    case "SUBMITTED":
      return "Nieuw, wacht op antwoord";
    case "ACCEPTED":
      return row.proposalAccepted ? "Voorstel geaccepteerd door de werkgever" : "Voorstel gedaan";
    case "ISSUED":
      return "Afgegeven";
    case "DECLINED":
      return "Afgewezen";
    case "WITHDRAWN":
      return "Ingetrokken door de werkgever";
  }
}

export const CREDENTIAL_STATUS_LABELS = {
  earned: "Al behaald",
  eligible: "Kan worden afgegeven",
  missing: "Nog niet compleet",
} as const;

export const CREDENTIAL_KIND_LABELS = {
  DIPLOMA: "Diploma",
  CERTIFICATE: "Mbo-certificaat",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
} as const;

/** 275000 → "€ 2.750,00"; null → "—". */
export const formatCents = (cents: number | null): string =>
  cents === null
    ? "—"
    : new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);
