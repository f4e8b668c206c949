import { z } from "zod";
import { compileCatalog } from "../catalog/compiled.ts";
import { CREDENTIAL_KINDS, findCredential, qualificationParts } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";
import { addDays, formatISO, parseISO } from "../dates.ts";
import type { CredentialEligibility } from "./eligibility.ts";
import { countingGeneriekDeelResults, type GeneriekDeelResult } from "./exam-results.ts";
import type { Evidence } from "./profile.ts";
import { currentRecords } from "./supersession.ts";

/** Days after the result date within which a school reports a diploma's data to DUO. */
export const DUO_REPORT_DAYS = 14;

/**
 * When a diploma's data must have reached DUO, and how many days are left on `asOf` (negative:
 * that many days overdue).
 */
export function duoReportDeadline(resultOn: string, asOf: string): { dueOn: string; daysLeft: number } {
  const due = addDays(parseISO(resultOn), DUO_REPORT_DAYS);
  const daysLeft = Math.round((due.getTime() - parseISO(asOf).getTime()) / 86_400_000);
  return { dueOn: formatISO(due), daysLeft };
}

/** An evidence record as the DUO result date reads it; a correction names what it corrects. */
export type ResultEvidence = Pick<Evidence, "id" | "kind" | "result" | "workProcessId" | "date"> & {
  supersedesId?: string | null;
};

/**
 * The date of the result a credential rests on, from which its DUO deadline counts: the latest passed
 * exam on the werkprocessen it names and, for a diploma, the latest counting result (established,
 * passed) of a part of its generiek deel. A correction counts instead of what it corrects. The issue
 * date when there is no such result.
 */
export function duoResultDate(
  catalog: Catalog,
  { credentialId, workProcessIds }: Pick<CredentialEligibility, "credentialId" | "workProcessIds">,
  evidence: readonly ResultEvidence[],
  generiekDeelResults: readonly (GeneriekDeelResult & { assessedOn: string | null })[],
  issuedOn: string,
): string {
  const generiekDeel = compileCatalog(catalog).qualification.get(credentialId)?.generiekDeel ?? [];
  const wanted = new Set(workProcessIds);
  const dates = currentRecords(evidence)
    .filter((e) => e.kind === "FORMAL_EXAM" && e.result === "PASSED" && wanted.has(e.workProcessId))
    .map((e) => e.date);
  for (const result of countingGeneriekDeelResults(generiekDeelResults))
    if (generiekDeel.includes(result.generiekDeelPart!) && result.assessedOn) dates.push(result.assessedOn);
  return dates.length ? dates.toSorted().at(-1)! : issuedOn;
}

/** A werkproces by its code and title, as a refusal names it. */
function describeWorkProcess(catalog: Catalog, id: string): string {
  const wp = compileCatalog(catalog).workProcess.get(id);
  return wp ? `${wp.code} ${wp.title}` : id;
}

/** "werkproces X heeft" or "werkprocessen X; Y hebben", for a refusal. */
function describeWorkProcesses(catalog: Catalog, ids: readonly string[]): string {
  const described = ids.map((id) => describeWorkProcess(catalog, id));
  return ids.length === 1
    ? `werkproces ${described[0]} heeft`
    : `werkprocessen ${described.join("; ")} hebben`;
}

/**
 * Why a school may not issue this certificate or diploma today, in words for the examinator; null
 * when core says it is eligible. A diploma names each part (basisdeel, profieldeel) that is not done,
 * and a part whose content the catalog does not hold; it also needs its generiek deel, whatever
 * certificates are held.
 */
export function issuingRefusal(catalog: Catalog, eligibility: CredentialEligibility): string | null {
  if (eligibility.status === "eligible") return null;
  if (eligibility.status === "earned")
    return `${eligibility.title} is al uitgegeven. Corrigeer het bestaande bewijs als er iets niet klopt.`;
  const parts: string[] = [];
  const noResult = "nog geen vastgesteld voldoende examenresultaat of vrijstelling";
  if (eligibility.missingWorkProcessIds.length > 0) {
    const missing = new Set(eligibility.missingWorkProcessIds);
    const qualificationPartsMissing = qualificationParts(catalog, eligibility.credentialId)
      .map((part) => ({ title: part.title, ids: part.workProcessIds.filter((id) => missing.has(id)) }))
      .filter((part) => part.ids.length > 0);
    if (qualificationPartsMissing.length > 0)
      for (const part of qualificationPartsMissing)
        parts.push(`in het ${part.title}: ${describeWorkProcesses(catalog, part.ids)} ${noResult}`);
    else parts.push(`${describeWorkProcesses(catalog, eligibility.missingWorkProcessIds)} ${noResult}`);
  }
  for (const title of eligibility.unknownParts)
    parts.push(
      `de inhoud van het ${title} staat niet in de catalogus, dus niets toont aan dat het is geëxamineerd (laat de werkprocessen toevoegen)`,
    );
  if (eligibility.missingGeneriekDeel.length > 0)
    parts.push(`het generiek deel (${eligibility.missingGeneriekDeel.join(", ")}) is nog niet behaald`);
  return `${eligibility.title} kan nog niet worden uitgegeven: ${parts.join(", en ")}.`;
}

/**
 * The certificates a person holds that cover werkprocessen of a qualification: the exemptions a
 * diploma shows. They never make the diploma eligible on their own (see `evaluateCredentialEligibility`).
 */
export function certificateExemptions(
  catalog: Catalog,
  qualificationId: string,
  heldCertificateIds: readonly string[],
): { certificateId: string; title: string; workProcessIds: string[] }[] {
  const c = compileCatalog(catalog);
  const qualification = c.qualification.get(qualificationId);
  if (!qualification) return [];
  const needed = new Set(qualification.workProcessIds);
  return [...new Set(heldCertificateIds)].flatMap((id) => {
    const certificate = c.certificate.get(id);
    const covered = certificate?.workProcessIds.filter((wp) => needed.has(wp)) ?? [];
    return certificate && covered.length > 0
      ? [{ certificateId: id, title: certificate.title, workProcessIds: covered }]
      : [];
  });
}

/**
 * What an issued credential states that may change elsewhere later, kept on it as it was at issue: the
 * achievement (catalog title, kind, crebo or certificate code, niveau), the learner's name, the issuing
 * school and, for a praktijkverklaring, the leerbedrijf.
 */
export const issuedCredentialSnapshotSchema = z.object({
  achievement: z.object({
    title: z.string().min(1),
    // A snapshot is never rewritten (an issued credential is immutable); those kept before credential
    // kinds were spelled as the database spells them say "diploma", "certificate", "praktijkverklaring".
    kind: z.preprocess(
      (kind) => (typeof kind === "string" ? kind.toUpperCase() : kind),
      z.enum(CREDENTIAL_KINDS),
    ),
    code: z.string().nullable(),
    niveau: z.number().int(),
  }),
  learnerName: z.string().min(1),
  issuerName: z.string().min(1),
  employerName: z.string().nullable(),
});
export type IssuedCredentialSnapshot = z.infer<typeof issuedCredentialSnapshotSchema>;

/** The snapshot of a catalog credential issued today to a learner by a school. */
export function snapshotCredential(
  catalog: Catalog,
  credentialId: string,
  names: { learnerName: string; issuerName: string; employerName: string | null },
): IssuedCredentialSnapshot {
  const credential = findCredential(catalog, credentialId);
  if (!credential) throw new Error(`Onbekend bewijs ${credentialId}`);
  return {
    achievement: {
      title: credential.title,
      kind: credential.kind,
      code: credential.code,
      niveau: credential.niveau,
    },
    ...names,
  };
}

export interface OpenBadgeInput {
  /** Where the platform is served, e.g. "https://ontwikkelpad.example"; ids are URLs under it. */
  baseUrl: string;
  credentialId: string;
  catalogCredentialId: string;
  /** The issuing school's identifier (its did:web), the signer of the credential. */
  issuerId: string;
  issuedOn: string;
  snapshot: IssuedCredentialSnapshot;
  /** The werkprocessen it states, with code and title. */
  workProcesses: { id: string; code: string; title: string }[];
  /** Where a verifier reads whether it was revoked: its entry in the school's Bitstring Status List. */
  status: { listUrl: string; index: number } | null;
}

/** The Open Badges `achievementType` of each kind of credential (read back by `readOpenBadgeAchievement`). */
export const ACHIEVEMENT_TYPE = {
  DIPLOMA: "Diploma",
  CERTIFICATE: "Certificate",
  PRAKTIJKVERKLARING: "Certification",
} as const;

/**
 * The (unsigned) Open Badges 3.0 OpenBadgeCredential of an issued credential. Signing is not done here;
 * revocation is the school's status list, which the entry in `status` points to.
 * Every term is one of the VC 2.0 or OB 3.0 vocabularies (crebo and certificate code as the
 * achievement's `humanCode`, werkprocessen as `alignment`), so a Data Integrity proof can be made in
 * JSON-LD safe mode.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput) {
  const base = input.baseUrl.replace(/\/+$/, "");
  const { achievement } = input.snapshot;
  const credential = {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    id: `${base}/credentials/${input.credentialId}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: achievement.title,
    issuer: {
      id: input.issuerId,
      type: ["Profile"],
      name: input.snapshot.issuerName,
    },
    validFrom: `${input.issuedOn}T00:00:00Z`,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityType: "name",
          hashed: false,
          identityHash: input.snapshot.learnerName,
        },
      ],
      achievement: {
        id: `${base}/achievements/${input.catalogCredentialId}`,
        type: ["Achievement"],
        achievementType: ACHIEVEMENT_TYPE[achievement.kind],
        name: achievement.title,
        description: `${achievement.title}, mbo niveau ${achievement.niveau}${
          input.snapshot.employerName ? `, in de praktijk bij ${input.snapshot.employerName}` : ""
        }.`,
        ...(achievement.code ? { humanCode: achievement.code } : {}),
        criteria: {
          narrative: `Alle werkprocessen hieronder aangetoond: ${input.workProcesses
            .map((wp) => wp.code)
            .join(", ")}.`,
        },
        alignment: input.workProcesses.map((wp) => ({
          type: ["Alignment"],
          targetName: wp.title,
          targetCode: wp.code,
          // One of OB 3.0's AlignmentTargetType values: its JSON Schema refuses a bare "Competency".
          targetType: "ceasn:Competency",
          targetFramework: "Kwalificatiedossier mbo",
          targetUrl: `${base}/werkprocessen/${encodeURIComponent(wp.id)}`,
        })),
      },
    },
    ...(input.status
      ? {
          credentialStatus: {
            id: `${input.status.listUrl}#${input.status.index}`,
            type: "BitstringStatusListEntry",
            statusPurpose: "revocation",
            statusListIndex: String(input.status.index),
            statusListCredential: input.status.listUrl,
          },
        }
      : {}),
  };
  return credential;
}
