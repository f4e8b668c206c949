import {
  childcareCatalog,
  findCredential,
  pathHandover,
  routeCredentials,
  type PathHandover,
} from "@ontwikkelpad/core";
import { type Prisma, scopePathsMovedToEmployer } from "@ontwikkelpad/db";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { consentFacts } from "../../../shared/consent.ts";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { z } from "zod";
import { learningRouteSchema } from "../../../shared/enums.ts";

const handoverInclude = {
  employer: { select: { name: true } },
  continuedBy: { select: { id: true } },
  person: {
    select: {
      givenName: true,
      familyName: true,
      ...consentFacts,
      credentials: {
        select: {
          id: true,
          credentialId: true,
          issuedOn: true,
          supersededById: true,
          school: { select: { name: true } },
        },
      },
    },
  },
} as const;
type HandoverRow = Prisma.DevelopmentPathGetPayload<{ include: typeof handoverInclude }>;

export const handoverViewSchema = z.object({
  pathId: z.string(),
  person: z.string(),
  fromEmployer: z.string(),
  startedOn: z.iso.date(),
  endedOn: z.iso.date().nullable(),
  goalFunctionId: z.string().nullable(),
  goalCredentialId: z.string().nullable(),
  goalCredential: z.string().nullable(),
  /** The chosen route's credentials in order, each with its code (none for a praktijkverklaring) and title. */
  route: z.array(
    z.object({
      code: z.string().nullable(),
      title: z.string(),
      learningRoute: learningRouteSchema.nullable(),
    }),
  ),
  learningRoute: learningRouteSchema.nullable(),
  careerPerspective: z.string().nullable(),
  ambition: z.string().nullable(),
  resumeStep: z.number().int(),
  achievedCredentials: z.array(
    z.object({ credentialId: z.string(), title: z.string(), school: z.string(), issuedOn: z.iso.date() }),
  ),
  /** The path this employer continues it with, once it has. */
  continuedByPathId: z.string().nullable(),
});
export type HandoverView = z.infer<typeof handoverViewSchema>;

function judge(row: HandoverRow, employerOrganizationId: string, at: Date): PathHandover | null {
  return pathHandover(
    {
      endReason: row.endReason,
      movedToEmployerOrganizationId: row.movedToEmployerOrganizationId,
      currentStep: row.currentStep,
      startedOn: isoDate(row.startedAt),
      goalFunctionId: row.goalFunctionId,
      goalCredentialId: row.goalCredentialId,
      chosenRoute: row.chosenRoute,
      learningRoute: row.learningRoute,
      careerPerspective: row.careerPerspective,
      ambition: row.ambition,
      consents: row.person.consentRecords,
      credentials: row.person.credentials.map((c) => ({
        id: c.id,
        credentialId: c.credentialId,
        issuedOn: isoDate(c.issuedOn),
        superseded: c.supersededById !== null,
      })),
    },
    employerOrganizationId,
    at,
  );
}

/**
 * The paths of other employers handed over to this one, with what core's `pathHandover` lets it see
 * now: only those whose person moved here and consents, at this moment, to share with it. A path
 * without that consent is left out, the same as one that does not exist. `pathId` narrows to one.
 */
export async function readHandovers(
  prisma: Prisma.TransactionClient,
  employerOrganizationId: string,
  pathId?: string,
): Promise<{ view: HandoverView; handover: PathHandover; personId: string }[]> {
  const rows = await prisma.developmentPath.findMany({
    where: { AND: [scopePathsMovedToEmployer(employerOrganizationId), pathId ? { id: pathId } : {}] },
    include: handoverInclude,
    orderBy: [{ endedAt: "desc" }, { id: "asc" }],
  });
  const now = new Date();
  return rows.flatMap((row) => {
    const handover = judge(row, employerOrganizationId, now);
    if (!handover) return [];
    const achieved = new Set(handover.achievedCredentialIds);
    const view: HandoverView = {
      pathId: row.id,
      person: `${row.person.givenName} ${row.person.familyName}`,
      fromEmployer: row.employer.name,
      startedOn: isoDate(row.startedAt),
      endedOn: isoDateOrNull(row.endedAt),
      goalFunctionId: handover.goalFunctionId,
      goalCredentialId: handover.goalCredentialId,
      goalCredential: handover.goalCredentialId ? credentialTitle(handover.goalCredentialId) : null,
      route: routeCredentials(handover.chosenRoute ?? "").map(({ credentialId, learningRoute }) => ({
        code: findCredential(childcareCatalog, credentialId)?.code ?? null,
        title: credentialTitle(credentialId),
        learningRoute,
      })),
      learningRoute: row.learningRoute,
      careerPerspective: handover.careerPerspective,
      ambition: handover.ambition,
      resumeStep: handover.resumeStep,
      achievedCredentials: row.person.credentials
        .filter((c) => achieved.has(c.id))
        .map((c) => ({
          credentialId: c.credentialId,
          title: credentialTitle(c.credentialId),
          school: c.school.name,
          issuedOn: isoDate(c.issuedOn),
        })),
      continuedByPathId: row.continuedBy?.id ?? null,
    };
    return [{ view, handover, personId: row.personId }];
  });
}
