import { z } from "zod";
import { findCertificate, findQualification } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";
import { workProcessChoiceProblems } from "./exam-results.ts";
import type { Evidence } from "./profile.ts";
import { currentRecords } from "./supersession.ts";

/**
 * Why a learner asks for a vrijstelling (exemption), spelled as the database spells it: an EVC
 * ervaringscertificaat, a certificate another school issued, or a foreign diploma. Each is a reason to
 * ask, never a result: only the examencommissie's decision counts (WEB art. 7.4.6; Examen- en
 * kwalificatiebesluit WEB). A certificate the school issued itself needs no request: it exempts its
 * werkprocessen as it is.
 */
export const EXEMPTION_GROUNDS = ["EVC", "OTHER_SCHOOL_CERTIFICATE", "FOREIGN_DIPLOMA"] as const;
export const exemptionGroundSchema = z.enum(EXEMPTION_GROUNDS);
export type ExemptionGround = z.infer<typeof exemptionGroundSchema>;

/** A request (aangevraagd) and the examencommissie's decision on it: granted or refused. */
export const EXEMPTION_STATUSES = ["REQUESTED", "GRANTED", "REFUSED"] as const;
export const exemptionStatusSchema = z.enum(EXEMPTION_STATUSES);
export type ExemptionStatus = z.infer<typeof exemptionStatusSchema>;

/** An exemption as the rules read it; a correction is a new, decided record that supersedes one. */
export interface ExemptionRecord {
  id: string;
  schoolId: string;
  credentialId: string;
  workProcessIds: readonly string[];
  status: ExemptionStatus;
  /** The day the examencommissie decided; null while requested. */
  decidedOn: string | null;
  supersedesId?: string | null;
  supersededById?: string | null;
}

/**
 * Dutch reasons why an exemption may not name these werkprocessen for `credentialId` (empty when it
 * may): a certificate or diploma of the catalog, at least one werkproces, each one of that credential
 * and each once. The examencommissie exempts from parts of the programme it examines (WEB art. 7.4.6).
 */
export function exemptionScopeProblems(
  catalog: Catalog,
  credentialId: string,
  workProcessIds: readonly string[],
): string[] {
  const credential = findCertificate(catalog, credentialId) ?? findQualification(catalog, credentialId);
  if (!credential)
    return ["Kies een certificaat of diploma: alleen daarvan verleent de examencommissie vrijstelling."];
  if (workProcessIds.length === 0)
    return ["Kies minstens één werkproces waarvoor vrijstelling wordt gevraagd."];
  return workProcessChoiceProblems(credential, workProcessIds);
}

/**
 * Why this exemption cannot be decided now (null when it can): only a request is decided, once. A
 * decision is final; a mistake is corrected by a new decision that supersedes it, with a reason.
 */
export function exemptionDecisionProblem(
  record: Pick<ExemptionRecord, "status" | "supersededById">,
): string | null {
  if (record.supersededById) return "Dit besluit is al gecorrigeerd. Open het nieuwste besluit.";
  return record.status === "REQUESTED"
    ? null
    : "Over deze vrijstelling is al besloten. Corrigeer het besluit met een reden als het niet klopt.";
}

/**
 * Why this exemption cannot be corrected now (null when it can): only a decision is corrected, and
 * only the newest one.
 */
export function exemptionCorrectionProblem(
  record: Pick<ExemptionRecord, "status" | "supersededById">,
): string | null {
  if (record.supersededById) return "Dit besluit is al gecorrigeerd. Open het nieuwste besluit.";
  return record.status === "REQUESTED"
    ? "Over deze aanvraag is nog niet besloten: verleen of weiger haar eerst."
    : null;
}

/**
 * The exemptions that count, as core's evidence: one passed `EXEMPTION` per werkproces of every
 * exemption the examencommissie granted and no correction replaced, with the deciding school as its
 * provenance and the decision day as its date. Requests and refusals give none.
 */
export function grantedExemptionEvidence(records: readonly ExemptionRecord[]): Evidence[] {
  return currentRecords(records).flatMap((record) =>
    record.status === "GRANTED" && record.decidedOn
      ? record.workProcessIds.map((workProcessId): Evidence => ({
          id: `exemption:${record.id}:${workProcessId}`,
          workProcessId,
          kind: "EXEMPTION",
          result: "PASSED",
          date: record.decidedOn!,
          inRecognisedCompany: true,
          provenance: { by: "school", schoolId: record.schoolId },
        }))
      : [],
  );
}
