import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";

/**
 * What the demo's people brought with them, as HR records it: every pedagogisch medewerker holds the
 * PMK diploma, mondeling 3F, VOG with registration in the Personenregister and babyscholing, so the
 * portals show them as qualified; Milan's havo diploma and Kevin's VOG are recorded too.
 */
export async function seedHeldCredentials(tx: Prisma.TransactionClient): Promise<void> {
  const qualified = await tx.employment.findMany({
    where: { functionId: "pedagogisch-medewerker" },
    select: { personId: true, employerOrganizationId: true },
  });
  for (const [i, { personId, employerOrganizationId }] of qualified.entries()) {
    await tx.heldCredential.create({
      data: {
        personId,
        employerOrganizationId,
        kind: "DIPLOMA",
        credentialId: "PMK",
        issuedOn: day(`${2012 + (i % 8)}-07-01`),
        institution: i % 2 === 0 ? "Albeda, Rotterdam" : "Zadkine, Rotterdam",
      },
    });
    await tx.person.update({
      where: { id: personId },
      data: {
        profile: {
          languageLevel: "3F",
          languageSource: "Mbo-diploma met Nederlands op 3F",
          priorEducation: [],
          experienceYears: 4 + (i % 6),
          vogRegistered: true,
          babyscholing: true,
        },
      },
    });
  }

  const person = (givenName: string) =>
    tx.person.findFirstOrThrow({
      where: { givenName },
      select: { id: true, employerOrganizationId: true, profile: true },
    });
  const milan = await person("Milan");
  await tx.heldCredential.create({
    data: {
      personId: milan.id,
      employerOrganizationId: milan.employerOrganizationId!,
      kind: "OTHER_DIPLOMA",
      title: "Havo",
      educationLevel: "havo",
      issuedOn: day("2021-07-01"),
      institution: "Wolfert van Borselen, Rotterdam",
    },
  });
  // Kevin learns in BBL: his enrolment with POK is seeded; his VOG is recorded here.
  const kevin = await person("Kevin");
  await tx.person.update({
    where: { id: kevin.id },
    data: { profile: { languageLevel: "2F", priorEducation: [], experienceYears: 0, vogRegistered: true } },
  });
}
