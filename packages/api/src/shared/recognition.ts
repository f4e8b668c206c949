import {
  childcareCatalog,
  findCredentialCrebo,
  isRecognisedFor,
  missingRecognitionMessages,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { credentialTitle } from "./catalog-titles.ts";
import { isoDateOrNull } from "./dates.ts";
import type { LearningRoute } from "./enums.ts";

/** Whether the employer's declared SBB recognitions cover the crebo and leerweg on `asOf`, by core's rule. */
export async function readIsRecognised(
  prisma: Prisma.TransactionClient,
  employerOrganizationId: string,
  crebo: string | null,
  learningRoute: LearningRoute,
  asOf: string,
): Promise<boolean> {
  if (!crebo) return false;
  const recognitions = await prisma.sbbRecognition.findMany({
    where: scopeOwnedByEmployer(employerOrganizationId),
  });
  return isRecognisedFor(
    recognitions.map((r) => ({
      crebo: r.crebo,
      learningRoute: r.learningRoute,
      status: r.status,
      recognisedFrom: isoDateOrNull(r.recognisedFrom),
      endedOn: isoDateOrNull(r.endedAt),
    })),
    crebo,
    learningRoute,
    asOf,
  );
}

/**
 * What the school and the employer are told about a training request whose employer lacks the SBB
 * recognition an enrolment needs (core's rule and words), or null when it holds it. Asked from the
 * moment the request arrives, so nobody learns it only at enrolment.
 */
export async function readMissingRecognition(
  prisma: Prisma.TransactionClient,
  request: {
    employerOrganizationId: string;
    personId: string;
    credentialId: string;
    learningRoute: LearningRoute;
  },
  asOf: string,
): Promise<{ school: string; employer: string } | null> {
  const crebo = findCredentialCrebo(childcareCatalog, request.credentialId);
  if (await readIsRecognised(prisma, request.employerOrganizationId, crebo, request.learningRoute, asOf))
    return null;
  const [employer, employment] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: request.employerOrganizationId },
      select: { name: true },
    }),
    prisma.employment.findFirst({
      where: { personId: request.personId, ...scopeOwnedByEmployer(request.employerOrganizationId) },
      orderBy: { contractStart: "desc" },
      select: { location: { select: { name: true } } },
    }),
  ]);
  return missingRecognitionMessages({
    employerName: employer.name,
    credentialTitle: credentialTitle(request.credentialId),
    crebo,
    learningRoute: request.learningRoute,
    locationName: employment?.location?.name ?? null,
  });
}
