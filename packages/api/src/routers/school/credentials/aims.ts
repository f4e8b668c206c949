import {
  aimedCredentials,
  certificateExemptions,
  childcareCatalog,
  currentRecords,
  findCredential,
  findWorkProcess,
  issuingRefusal,
  withCertificates,
  type CredentialEligibility,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialKindSchema } from "../../../shared/enums.ts";
import { learnerFacts, learnerEligibility, type LearnerFacts } from "../_shared/issuing.ts";

/** What the school reads of a learner: the profile facts plus what the person asked of or does at this school. */
export function learnerInclude(schoolOrganizationId: string, employerOrganizationId: string | null) {
  const school = { where: { schoolOrganizationId } } as const;
  return {
    ...learnerFacts(schoolOrganizationId, employerOrganizationId),
    trainingRequests: { ...school, select: { credentialId: true } },
    credentialRequests: { ...school, select: { id: true, credentialId: true, status: true } },
    developmentPaths: { where: { status: "ACTIVE" }, select: { goalCredentialId: true } },
  } satisfies Prisma.PersonInclude;
}

export const workProcessRefSchema = z.object({ id: z.string(), code: z.string(), title: z.string() });
const workProcessRef = (id: string) => {
  const wp = findWorkProcess(childcareCatalog, id);
  return { id, code: wp?.code ?? id, title: wp?.title ?? id };
};

export const aimSchema = z.object({
  credentialId: z.string(),
  kind: credentialKindSchema,
  title: z.string(),
  code: z.string().nullable(),
  status: z.enum(["earned", "eligible", "missing"]),
  shown: z.array(workProcessRefSchema),
  missing: z.array(workProcessRefSchema),
  missingGeneriekDeel: z.array(z.string()),
  /** For a diploma: the held certificates that cover some of its werkprocessen. */
  exemptions: z.array(
    z.object({ certificateId: z.string(), title: z.string(), workProcessCodes: z.array(z.string()) }),
  ),
  /** Why it cannot be issued today, in words; null when it can. */
  refusal: z.string().nullable(),
  /** A praktijkverklaring is issued from its request: the open request to this school, if any. */
  requestId: z.string().nullable(),
});
export type Aim = z.infer<typeof aimSchema>;

type Learner = LearnerFacts & {
  trainingRequests: { credentialId: string }[];
  credentialRequests: { id: string; credentialId: string; status: string }[];
  developmentPaths: { goalCredentialId: string | null }[];
};

/**
 * What a learner aims at at the school (core's `aimedCredentials`) and the credentials already issued to
 * them, a diploma with its certificates, each as core judges it today.
 */
export function learnerAims(
  person: Learner,
  schoolOrganizationId: string,
  schoolEnrolmentCredentialIds: string[],
  asOf: string,
): Aim[] {
  const aimed = withCertificates(childcareCatalog, [
    ...aimedCredentials(childcareCatalog, {
      enrolments: schoolEnrolmentCredentialIds,
      requests: [...person.trainingRequests, ...person.credentialRequests].map((r) => r.credentialId),
      pathGoals: person.developmentPaths.map((p) => p.goalCredentialId),
    }),
    ...person.credentials.map((cr) => cr.credentialId),
  ]);
  const eligibility = new Map<string, CredentialEligibility>(
    learnerEligibility(person, schoolOrganizationId, asOf).map((e) => [e.credentialId, e]),
  );
  // Only the certificates this school issued are exemptions it grants (core counts no others).
  const heldCertificates = currentRecords(person.credentials)
    .filter((cr) => cr.kind === "CERTIFICATE" && cr.schoolOrganizationId === schoolOrganizationId)
    .map((cr) => cr.credentialId);
  return aimed.flatMap((id): Aim[] => {
    const e = eligibility.get(id);
    const credential = findCredential(childcareCatalog, id);
    if (!e || !credential) return [];
    const request = person.credentialRequests.find((r) => r.credentialId === id && r.status === "SUBMITTED");
    return [
      {
        credentialId: id,
        kind: e.credentialKind,
        title: e.title,
        code: credential.code,
        status: e.status,
        shown: e.workProcessIds.map(workProcessRef),
        missing: e.missingWorkProcessIds.map(workProcessRef),
        missingGeneriekDeel: e.missingGeneriekDeel,
        exemptions:
          e.credentialKind === "DIPLOMA"
            ? certificateExemptions(childcareCatalog, id, heldCertificates).map((x) => ({
                certificateId: x.certificateId,
                title: x.title,
                workProcessCodes: x.workProcessIds.map((wp) => workProcessRef(wp).code),
              }))
            : [],
        refusal: issuingRefusal(childcareCatalog, e),
        requestId: request?.id ?? null,
      },
    ];
  });
}
