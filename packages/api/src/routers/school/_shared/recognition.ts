import { isRecognisedFor } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { isoDateOrNull } from "../../../shared/dates.ts";
import type { LearningRoute } from "../../../shared/enums.ts";

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
