import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * The seeds write a signed POK with its one signing date; a POK is signed by three parties, each
 * with who and when (WEB art. 7.2.8). This gives every such POK without them the three signatures
 * on that date, in the names of the learner, the leerbedrijf and the school, as the migration
 * `…_pok_signatures_backfill` did for the POKs signed before signatures were recorded apart.
 */
export async function recordSeededPokSignatures(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Enrolment" AS e
    SET "pokLearnerSignedBy" = p."givenName" || ' ' || p."familyName",
        "pokLearnerSignedOn" = e."pokSignedOn",
        "pokEmployerSignedBy" = employer."name",
        "pokEmployerSignedOn" = e."pokSignedOn",
        "pokSchoolSignedBy" = school."name",
        "pokSchoolSignedOn" = e."pokSignedOn"
    FROM "Person" AS p, "Organization" AS employer, "Organization" AS school
    WHERE e."pokSignedOn" IS NOT NULL
      AND e."pokLearnerSignedOn" IS NULL
      AND e."pokEmployerSignedOn" IS NULL
      AND e."pokSchoolSignedOn" IS NULL
      AND p."id" = e."personId"
      AND employer."id" = e."employerOrganizationId"
      AND school."id" = e."schoolOrganizationId"`;
}
