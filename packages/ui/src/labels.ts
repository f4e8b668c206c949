// Long because: the Dutch label table of every value on the wire, one map per value type.
import { closedPeriods, type PathLeaving } from "@ontwikkelpad/core";
/** The words the ministry's report shares with the pages: written once in core, where the server makes the report. */
export { FUNNEL_COLUMN_LABELS, formatCount, MINISTRY_REPORT_NOTE, PROTECTION_NOTE } from "@ontwikkelpad/core";
/** Each notification kind in a few words: written once in core, where the server's unsubscribe page reads it too. */
export { NOTIFICATION_KIND_LABELS } from "@ontwikkelpad/core";
import type { CoachRole, Role } from "./roles.ts";
import type {
  BottleneckCategory,
  BottleneckStatus,
  ConsentPurpose,
  CredentialKind,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceResult,
  FundingOptionView,
  FundingStatus,
  FunnelGrouping,
  HeldCredentialKind,
  LearningRoute,
  LocationType,
  PathEndReason,
  PersonKind,
  PokParty,
  PokStatus,
  RecognitionStatus,
  RecordProvenance,
  ReferralStatus,
  TrainingRequestStatus,
  VacancyStatus,
  WorkRefusalCode,
  RouterOutputs,
} from "@ontwikkelpad/api";

/**
 * The one place for the Dutch words of the values on the wire, keyed by the api's spelling (its enum
 * constants). Every portal shows a leerweg, a status or a kind of credential with these words.
 */
export const LEARNING_ROUTE_LABELS: Record<LearningRoute, string> = {
  BOL: "BOL",
  BBL: "BBL",
  DERDE_LEERWEG: "Derde leerweg",
};

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  DIPLOMA: "Diploma",
  CERTIFICATE: "Mbo-certificaat",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
};

/** What a person holds: a catalog credential, or another diploma HR recorded. */
export const HELD_CREDENTIAL_KIND_LABELS: Record<HeldCredentialKind, string> = {
  DIPLOMA: "Mbo-diploma",
  CERTIFICATE: "Mbo-certificaat",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
  OTHER_DIPLOMA: "Ander diploma",
};

/** The level of another diploma, as core spells it (its educationLevel). */
export const EDUCATION_LEVEL_LABELS = {
  vmbo: "Vmbo",
  "mbo-1": "Mbo niveau 1",
  "mbo-2": "Mbo niveau 2",
  "mbo-3": "Mbo niveau 3",
  "mbo-4": "Mbo niveau 4",
  havo: "Havo",
  vwo: "Vwo",
  hbo: "Hbo",
  wo: "Wo",
  buitenlands: "Buitenlands diploma",
} as const;

/** Mondeling language levels; B2 counts as 3F. */
export const LANGUAGE_LEVEL_LABELS = {
  "1F": "1F",
  "2F": "2F",
  "3F": "3F",
  "4F": "4F",
  B2: "B2 (telt als 3F)",
} as const;

export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  STAFF: "Medewerker",
  CANDIDATE: "Kandidaat",
};

/** Why a person may not work in a function with children whatever they hold (Wet kinderopvang art. 1.50). */
export const WORK_REFUSAL_LABELS: Record<WorkRefusalCode, string> = {
  NOT_IN_PERSONENREGISTER: "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG",
};

export const LOCATION_TYPE_LABELS: Record<LocationType, string> = {
  KDV: "Kinderdagverblijf",
  BSO: "Buitenschoolse opvang",
  PEUTEROPVANG: "Peuteropvang",
  GASTOUDERBUREAU: "Gastouderbureau",
};

export const RECOGNITION_STATUS_LABELS: Record<RecognitionStatus, string> = {
  ACTIVE: "Erkend",
  REQUESTED: "Aangevraagd",
  EXPIRED: "Verlopen",
  WITHDRAWN: "Ingetrokken",
};

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  OPEN: "Open",
  FILLED: "Vervuld",
  CLOSED: "Gesloten",
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  PROPOSED: "Voorgedragen",
  INTRODUCED: "Kennisgemaakt",
  HIRED: "Aangenomen",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Teruggetrokken",
};

export const TRAINING_REQUEST_STATUS_LABELS: Record<TrainingRequestStatus, string> = {
  SUBMITTED: "Verstuurd, wacht op de school",
  ACCEPTED: "Geaccepteerd",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Ingetrokken",
};

export const CREDENTIAL_REQUEST_STATUS_LABELS: Record<CredentialRequestStatus, string> = {
  SUBMITTED: "Wacht op de school",
  ISSUED: "Afgegeven",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Ingetrokken",
};

/** Whether a person may use a subsidy or scheme, as core's funding check answers. */
/** The LWL advice note's status: concept, given to the candidate, followed up. */
export const ADVICE_STATUS_LABELS: Record<
  RouterOutputs["region"]["advice"]["notes"]["notes"][number]["status"],
  string
> = {
  CONCEPT: "Concept",
  GIVEN: "Gegeven",
  FOLLOWED_UP: "Opgevolgd",
};

export const FUNDING_ELIGIBILITY_LABELS: Record<FundingOptionView["status"], string> = {
  eligible: "Komt in aanmerking",
  "not-eligible": "Komt (nog) niet in aanmerking",
  closed: "Regeling gesloten",
};

export const FUNDING_APPLICATION_LABELS: Record<FundingStatus, string> = {
  DRAFT: "Concept",
  SUBMITTED: "Ingediend",
  GRANTED: "Toegekend",
  REJECTED: "Afgewezen",
  PAID: "Uitbetaald",
};

export const DELIVERY_FORMAT_LABELS: Record<DeliveryFormat, string> = {
  ON_SITE: "Op locatie",
  HYBRID: "Hybride",
  ONLINE: "Online",
  AT_WORKPLACE: "Op de werkplek",
};

/**
 * Who stands behind a credential a person holds: verified when a school issued it here or HR uploaded
 * its signed credential, not when HR typed it.
 */
export const RECORD_PROVENANCE_LABELS: Record<RecordProvenance, string> = {
  ISSUED_BY_SCHOOL: "Uitgegeven door de school (geverifieerd)",
  UPLOADED_VERIFIED: "Geüpload bewijs van de school (geverifieerd)",
  DECLARED_BY_EMPLOYER: "Opgegeven door werkgever (niet geverifieerd)",
};

/** What a rating or exam result says, in a sentence. */
export const EVIDENCE_RESULT_LABELS: Record<EvidenceResult, string> = {
  MASTERED: "beheerst",
  NOT_YET: "nog niet",
  NOT_APPLICABLE: "niet van toepassing",
  PASSED: "behaald",
  FAILED: "niet behaald",
};

/** Every role, as the people of the organisation call it: one word for each on every page. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Beheerder (HR)",
  WORKPLACE_TRAINER: "Praktijkopleider",
  MANAGER: "Leidinggevende",
  TRAINING_ADVISOR: "Opleidingsadviseur",
  TEACHER: "Docent / bpv-docent",
  EXAMINER: "Examinator",
  EXAM_COMMITTEE: "Examencommissie",
  COORDINATOR: "Regiecoördinator",
  WSP_ADVISOR: "WSP-adviseur",
  LWL_ADVISOR: "LWL-adviseur",
  INTAKE: "Intake (partner)",
};

type SchoolRequestRow = RouterOutputs["school"]["requests"]["list"][number];

/** The two kinds of request in a school's inbox. */
export const SCHOOL_REQUEST_KIND_LABELS: Record<SchoolRequestRow["kind"], string> = {
  TRAINING: "Scholing",
  CREDENTIAL: "Praktijkverklaring",
};

/** A request's status as the school reads it: what is still to do, or how it was answered. */
export function schoolRequestStatusLabel(row: Pick<SchoolRequestRow, "status" | "proposalAccepted">): string {
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

/** How far a person is from a credential, as core's eligibility check answers. */
export const CREDENTIAL_ELIGIBILITY_LABELS: Record<
  RouterOutputs["school"]["requests"]["getTraining"]["learner"]["gap"]["status"],
  string
> = {
  earned: "Al behaald",
  eligible: "Kan worden afgegeven",
  missing: "Nog niet compleet",
};

/** The POK's lifecycle in the words of the MBO Raad's servicedocument. */
export const POK_STATUS_LABELS: Record<PokStatus, string> = {
  DRAFT: "Voorlopig",
  COMPLETE: "Volledig",
  SENT: "Ter ondertekening",
  SIGNED: "Getekend (definitief)",
  ENDED: "Beëindigd",
  WITHDRAWN: "Afgemeld",
  REJECTED: "Afgewezen",
};

/** The three parties that sign a POK, as its signature lines name them. */
export const POK_PARTY_LABELS: Record<PokParty, string> = {
  LEARNER: "Deelnemer",
  EMPLOYER: "Leerbedrijf",
  SCHOOL: "School",
};

/** The button that moves a POK to each status. */
export const POK_ACTION_LABELS: Record<PokStatus, string> = {
  DRAFT: "Terug naar voorlopig",
  COMPLETE: "Markeren als volledig",
  SENT: "Versturen ter ondertekening",
  SIGNED: "Ondertekening vastleggen",
  ENDED: "Beëindigen",
  WITHDRAWN: "Afmelden",
  REJECTED: "Afwijzen",
};

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  REGION_FOLLOW_UP: "Aanmelding en begeleiding door de regio",
  SHARE_WITH_EMPLOYER: "Delen met werkgever",
  SHARE_WITH_SCHOOL: "Delen met school",
  ADVICE: "Leer- en loopbaanadvies (LWL)",
};

/** Why an Ontwikkelpad ended. */
export const PATH_END_REASON_LABELS: Record<PathEndReason, string> = {
  COMPLETED: "Afgerond: doel behaald",
  LEFT_WITH_RESULT: "Vertrokken met resultaat",
  STOPPED_WITHOUT_RESULT: "Gestopt zonder resultaat",
  MOVED_EMPLOYER: "Naar een andere werkgever",
};

/** Why a person leaves the team (archive): the end reason of their running path follows from it. */
export const PATH_LEAVING_LABELS: Record<PathLeaving, string> = {
  LEFT: "Uit dienst",
  MOVED_EMPLOYER: "Gaat naar een andere werkgever",
};

export const FUNNEL_GROUPING_LABELS: Record<FunnelGrouping, string> = {
  month: "Maand van aanmelding",
  partner: "Partnerorganisatie",
  employer: "Werkgever",
};

export const BOTTLENECK_CATEGORY_LABELS: Record<BottleneckCategory, string> = {
  FUNDING: "Financiering",
  EDUCATION: "Onderwijs",
  RECOGNITION: "SBB-erkenning",
  STAFFING: "Personeel en begeleiding",
  REGULATION: "Regelgeving",
  OTHER: "Anders",
};

export const BOTTLENECK_STATUS_LABELS: Record<BottleneckStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In behandeling",
  RESOLVED: "Opgelost",
};

// ── School portal: subsidy evidence ──

/** Who gave a coaching session under a POK. */
export const COACH_ROLE_LABELS: Record<CoachRole, string> = {
  WORKPLACE_TRAINER: "Praktijkopleider",
  TEACHER: "Bpv-docent",
};

/** An attendance entry: present or absent. */
export const ATTENDANCE_LABELS = { present: "Aanwezig", absent: "Afwezig" } as const;

/** Whether an attendance or coaching entry still counts, or a later correction replaced it. */
export const EVIDENCE_ENTRY_LABELS = { counts: "Telt", superseded: "Gecorrigeerd" } as const;

// ── School portal: exam results and Deelnemers ──

type ExamResultRow = RouterOutputs["school"]["examResults"]["list"][number];

/** An exam result's place in its log. */
export const EXAM_RESULT_STATUS_LABELS: Record<ExamResultRow["status"], string> = {
  REGISTERED: "Aangemeld",
  ASSESSED: "Beoordeeld, wacht op vaststelling",
  ESTABLISHED: "Vastgesteld",
  WITHDRAWN: "Ingetrokken",
  CORRECTED: "Gecorrigeerd",
};

type ExemptionRow = RouterOutputs["school"]["exemptions"]["list"][number];

/** Why a learner asks the examencommissie for a vrijstelling. */
export const EXEMPTION_GROUND_LABELS: Record<ExemptionRow["ground"], string> = {
  EVC: "EVC-ervaringscertificaat",
  OTHER_SCHOOL_CERTIFICATE: "Certificaat van een andere school",
  FOREIGN_DIPLOMA: "Buitenlands diploma",
};

/** A vrijstelling: asked, or the examencommissie's decision. */
export const EXEMPTION_STATUS_LABELS: Record<ExemptionRow["status"], string> = {
  REQUESTED: "Aangevraagd, wacht op de examencommissie",
  GRANTED: "Verleend",
  REFUSED: "Geweigerd",
};

/** The button for each move of an exam result. */
export const EXAM_RESULT_MOVE_LABELS: Record<ExamResultRow["moves"][number], string> = {
  assess: "Beoordelen",
  establish: "Vaststellen",
  withdraw: "Intrekken",
  correct: "Corrigeren",
};

// ── School portal: classes and aansluiting ──

type SchoolClassPage = RouterOutputs["school"]["classes"]["get"];
type AlignmentFunction = RouterOutputs["school"]["alignment"]["get"]["functions"][number];

/** A mentor team member's part: the employer's praktijkopleider or the school's docent. */
export const MENTOR_TEAM_ROLE_LABELS: Record<SchoolClassPage["team"][number]["role"], string> = {
  WORKPLACE_TRAINER: "Praktijkopleider",
  TEACHER: "Docent",
};

/** Whether the school's offers lead to a function that employers in its regions fill. */
export const ALIGNMENT_STATUS_LABELS: Record<AlignmentFunction["status"], string> = {
  gap: "Niet gedekt door ons aanbod",
  unknown: "Onbekende functie",
  covered: "Gedekt",
  "no-credential": "Geen diploma vereist",
};

// ── School portal: issuing ──

/** A credential a learner aims at, as core judges it today. */
export const ELIGIBILITY_STATUS_LABELS = {
  earned: "Uitgegeven",
  eligible: "Klaar om uit te geven",
  missing: "Nog niet compleet",
} as const;

/** How long a school has left to report a diploma to DUO: "nog 9 dagen", "vandaag", "3 dagen te laat". */
export function duoDaysLabel(daysLeft: number): string {
  if (daysLeft === 0) return "vandaag";
  if (daysLeft > 0) return `nog ${daysLeft} ${daysLeft === 1 ? "dag" : "dagen"}`;
  return `${-daysLeft} ${daysLeft === -1 ? "dag" : "dagen"} te laat`;
}

/** The closed quarters and months a user may choose for protected figures, newest first. */
export function reportingPeriodChoices(asOf: string): { quarters: string[]; months: string[] } {
  return { quarters: closedPeriods("quarter", asOf, 4), months: closedPeriods("month", asOf, 12) };
}

type Verification = RouterOutputs["verification"]["checkIssued"];

/** The verify page's verdict on a credential, with why it failed. */
export const VERIFICATION_OUTCOME_LABELS: Record<Verification["outcome"], string> = {
  VALID: "Echt en geldig",
  TAMPERED: "Veranderd: de handtekening klopt niet bij de inhoud",
  UNKNOWN_ISSUER: "Onbekende uitgever: geen school die hier bekend is heeft dit bewijs uitgegeven",
  UNTRUSTED_ISSUER:
    "Uitgever niet vertrouwd: deze server neemt geen bewijzen aan van deze uitgever (de beheerder zet vertrouwde uitgevers op de lijst)",
  ISSUER_UNREACHABLE:
    "Uitgever niet bereikbaar: de sleutels of de intrekkingslijst konden niet worden opgehaald",
  REVOKED: "Ingetrokken: de school heeft dit bewijs vervangen door een correctie",
};

/** One check of the verify page. */
export const VERIFICATION_CHECK_LABELS: Record<Verification["checks"]["signature"], string> = {
  PASSED: "in orde",
  FAILED: "niet in orde",
  NOT_CHECKED: "niet gecontroleerd",
};

type MailDelivery = RouterOutputs["account"]["mailPreferences"]["get"]["preferences"][number]["delivery"];

/** How a user gets the mail of one notification kind. */
export const MAIL_DELIVERY_LABELS: Record<MailDelivery, string> = {
  IMMEDIATE: "Direct",
  DAILY_DIGEST: "Dagelijks overzicht",
  NEVER: "Geen e-mail",
};
