import { PATH_STEPS } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { hashToken } from "../context.ts";
import { credentialTitle } from "./catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "./dates.ts";
import { profileFacts, toPersonProfile } from "./person-profile.ts";
import { chosenPlan, planFacts } from "./plan-view.ts";
import { notFound } from "./own.ts";

/** How long a link to the employee's own view stays valid. */
export const EMPLOYEE_VIEW_DAYS = 30;

/** The open link behind a token with its path, or NOT_FOUND with a message the employee can act on. */
export async function openEmployeeViewLink(prisma: Prisma.TransactionClient, token: string) {
  const link = await prisma.employeeViewLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { developmentPath: { include: { employer: true } } },
  });
  if (!link || link.revokedAt || link.expiresAt <= new Date() || link.developmentPath.status === "STOPPED")
    throw notFound("employeeViewLink");
  return link;
}

/** The employee's agreement as shown to them and to HR: when, under which name, at which step. */
export const agreementSchema = z.object({ agreedOn: z.iso.date(), name: z.string(), step: z.number() });

export function readAgreement(link: {
  agreedAt: Date | null;
  agreedName: string | null;
  agreedStep: number | null;
}): z.infer<typeof agreementSchema> | null {
  return link.agreedAt && link.agreedName && link.agreedStep
    ? { agreedOn: isoDate(link.agreedAt), name: link.agreedName, step: link.agreedStep }
    : null;
}

/** What the employee sees of their path; kept with their agreement as the version they agreed to. */
export const myPathSchema = z.object({
  organization: z.string(),
  name: z.string(),
  goal: z.string().nullable(),
  route: z.object({ title: z.string(), totalMonths: z.number() }).nullable(),
  currentStep: z.number(),
  steps: z.array(z.object({ step: z.number(), title: z.string(), completedOn: z.iso.date().nullable() })),
  startedOn: z.iso.date(),
  nextReviewOn: z.iso.date().nullable(),
});
export type MyPath = z.infer<typeof myPathSchema>;

export async function readMyPath(
  prisma: Prisma.TransactionClient,
  path: Awaited<ReturnType<typeof openEmployeeViewLink>>["developmentPath"],
): Promise<MyPath> {
  const person = await prisma.person.findUniqueOrThrow({
    where: { id: path.personId },
    include: { ...profileFacts(path.employerOrganizationId), evidence: true, credentials: true },
  });
  const records = await prisma.pathStepRecord.findMany({
    where: { developmentPathId: path.id, completedAt: { not: null } },
    orderBy: { completedAt: "asc" },
  });
  const profile = toPersonProfile(person, person.evidence, person.credentials);
  const facts = await planFacts(prisma, path.employerOrganizationId, path);
  const route = chosenPlan(path, profile, facts, today())?.route ?? null;
  return {
    organization: path.employer.name,
    name: person.givenName,
    goal: path.goalCredentialId ? credentialTitle(path.goalCredentialId) : null,
    route: route && { title: route.title, totalMonths: route.totalMonths },
    currentStep: path.currentStep,
    steps: PATH_STEPS.map(({ step, title }) => ({
      step,
      title,
      completedOn: isoDateOrNull(records.filter((r) => r.step === step).at(-1)?.completedAt),
    })),
    startedOn: isoDate(path.startedAt),
    nextReviewOn: isoDateOrNull(path.nextReviewAt),
  };
}
