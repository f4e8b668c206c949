import { assessStartingPoint, childcareCatalog, evaluateCredentialEligibility } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle, functionTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, today } from "../../../shared/dates.ts";
import { credentialKindSchema } from "../../../shared/enums.ts";
import {
  personName,
  profileFacts,
  readStartingPoint,
  startingPointSchema,
  toPersonProfile,
} from "../../../shared/person-profile.ts";

/** What a school reads of the person named in a request: evidence, credentials, the latest job at that employer. */
export function learnerInclude(employerOrganizationId: string) {
  return {
    ...profileFacts(employerOrganizationId),
    evidence: true,
    credentials: true,
    employments: {
      where: { employerOrganizationId },
      orderBy: { contractStart: "desc" },
      take: 1,
    },
  } satisfies Prisma.PersonInclude;
}

type Learner = Prisma.PersonGetPayload<{ include: ReturnType<typeof learnerInclude> }>;

export const learnerViewSchema = z.object({
  name: z.string(),
  functionTitle: z.string().nullable(),
  startingPoint: startingPointSchema,
  heldCredentials: z.array(
    z.object({
      credentialId: z.string(),
      title: z.string(),
      kind: credentialKindSchema,
      issuedOn: z.iso.date(),
    }),
  ),
  /** The requested credential as core sees it for this person today. */
  gap: z.object({
    credentialId: z.string(),
    title: z.string(),
    status: z.enum(["earned", "eligible", "missing"]),
    shownWorkProcessIds: z.array(z.string()),
    missingWorkProcessIds: z.array(z.string()),
    missingGeneriekDeel: z.array(z.string()),
  }),
  /** The function the path aims at: may the person fill it, and what is missing if not. */
  goalFunction: z.object({ title: z.string(), mayFill: z.boolean(), explanation: z.string() }).nullable(),
});
export type LearnerView = z.infer<typeof learnerViewSchema>;

/** The person's starting point and gap towards the requested credential and the path's goal function. */
export function learnerView(
  person: Learner,
  credentialId: string,
  goalFunctionId: string | null,
  evidence: Learner["evidence"] = person.evidence,
): LearnerView {
  const date = today();
  const profile = toPersonProfile(person, evidence, person.credentials);
  const eligibility = evaluateCredentialEligibility(childcareCatalog, profile, date).find(
    (e) => e.credentialId === credentialId,
  );
  const goal = goalFunctionId
    ? assessStartingPoint(childcareCatalog, profile, date).find((f) => f.functionId === goalFunctionId)
    : undefined;
  const employment = person.employments[0];
  return {
    name: personName(person),
    functionTitle: employment ? functionTitle(employment.functionId) : null,
    startingPoint: readStartingPoint(person.profile),
    heldCredentials: person.credentials
      .filter((c) => c.supersededById === null)
      .map((c) => ({
        credentialId: c.credentialId,
        title: credentialTitle(c.credentialId),
        kind: c.kind,
        issuedOn: isoDate(c.issuedOn),
      })),
    gap: {
      credentialId,
      title: credentialTitle(credentialId),
      status: eligibility?.status ?? "missing",
      shownWorkProcessIds: eligibility?.workProcessIds ?? [],
      missingWorkProcessIds: eligibility?.missingWorkProcessIds ?? [],
      missingGeneriekDeel: eligibility?.missingGeneriekDeel ?? [],
    },
    goalFunction: goal ? { title: goal.title, mayFill: goal.mayFill, explanation: goal.explanation } : null,
  };
}
