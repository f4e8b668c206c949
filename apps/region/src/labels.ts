import type { RouterOutputs } from "@ontwikkelpad/api";

type Candidate = RouterOutputs["region"]["candidates"]["get"];
type Funnel = RouterOutputs["region"]["funnel"]["get"];

export const CONSENT_PURPOSE_LABELS: Record<Candidate["consents"][number]["purpose"], string> = {
  REGION_FOLLOW_UP: "Aanmelding en begeleiding door de regio",
  SHARE_WITH_EMPLOYER: "Delen met werkgever",
  SHARE_WITH_SCHOOL: "Delen met school",
  ADVICE: "Leer- en loopbaanadvies (LWL)",
};

export const REFERRAL_STATUS_LABELS: Record<Candidate["referrals"][number]["status"], string> = {
  PROPOSED: "Verstuurd",
  INTRODUCED: "Kennismaking",
  HIRED: "Aangenomen",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Ingetrokken",
};

export const FUNNEL_STAGE_LABELS: Record<Funnel["stages"][number], string> = {
  REGISTERED: "Aangemeld",
  INTAKE: "Intake",
  REFERRED: "Verwezen",
  STARTED: "Gestart als groepshulp",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
  CERTIFICATE: "Certificaat",
  DIPLOMA: "Diploma",
  DROPPED_OUT: "Uitgevallen",
};

export const FUNNEL_GROUPING_LABELS: Record<Funnel["by"], string> = {
  month: "Maand van aanmelding",
  partner: "Partnerorganisatie",
  employer: "Werkgever",
};

export const LOCATION_TYPE_LABELS = {
  KDV: "Kinderdagverblijf (KDV)",
  BSO: "Buitenschoolse opvang (BSO)",
  PEUTEROPVANG: "Peuteropvang",
  GASTOUDERBUREAU: "Gastouderbureau",
} as const;

/** How a published figure reads: "<5" for a small count, "x" for one hidden to protect another. */
export function formatCount(value: number | string): string {
  return value === "<5" ? "< 5" : String(value);
}

export const SUPPRESSION_NOTE =
  "Aantallen van 1 tot 4 tonen we als “< 5”. Met “x” verbergen we nog een aantal, zodat een klein aantal niet uit de totalen te berekenen is.";
