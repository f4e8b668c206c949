import { childcareCatalog, findCredentialCrebo } from "@ontwikkelpad/core";
import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { dateColumn, today } from "../../../shared/dates.ts";
import { readIsRecognised } from "../../../shared/recognition.ts";

type EnrolmentRow = Prisma.EnrolmentGetPayload<object>;

/**
 * The leerbedrijven a learner can move to: an employer the person now works for, or one this school
 * already works with (a request or enrolment); never the current one. Each with whether it holds the
 * SBB recognition for the credential's crebo and leerweg today.
 */
export async function readEmployerChoices(
  prisma: Prisma.TransactionClient,
  schoolOrganizationId: string,
  enrolment: EnrolmentRow,
) {
  const current = {
    personId: enrolment.personId,
    OR: [{ contractEnd: null }, { contractEnd: { gte: dateColumn(today()) } }],
  };
  const employers = await prisma.organization.findMany({
    where: {
      kind: "EMPLOYER",
      id: { not: enrolment.employerOrganizationId },
      OR: [
        { employments: { some: current } },
        { enrolmentsAsEmployer: { some: scopeOwnedBySchool(schoolOrganizationId) } },
        { requestsSent: { some: scopeOwnedBySchool(schoolOrganizationId) } },
      ],
    },
    select: {
      id: true,
      name: true,
      employments: { where: current, select: { id: true, locationId: true } },
    },
    orderBy: { name: "asc" },
  });
  const crebo = findCredentialCrebo(childcareCatalog, enrolment.credentialId);
  return Promise.all(
    employers.map(async (e) => ({
      id: e.id,
      name: e.name,
      employsLearner: e.employments.length > 0,
      locationId: e.employments[0]?.locationId ?? null,
      recognised: await readIsRecognised(prisma, e.id, crebo, enrolment.learningRoute, today()),
    })),
  );
}
