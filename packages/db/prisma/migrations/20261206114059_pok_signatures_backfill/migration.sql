-- A POK is signed by three parties, each with who and when (WEB art. 7.2.8). A POK signed before the
-- signatures were recorded apart keeps its one signing date for all three; the names are those of the
-- learner, the leerbedrijf and the school, as the signature stood for them.
UPDATE "Enrolment" AS e
SET "pokLearnerSignedBy" = p."givenName" || ' ' || p."familyName",
    "pokLearnerSignedOn" = e."pokSignedOn",
    "pokEmployerSignedBy" = employer."name",
    "pokEmployerSignedOn" = e."pokSignedOn",
    "pokSchoolSignedBy" = school."name",
    "pokSchoolSignedOn" = e."pokSignedOn"
FROM "Person" AS p, "Organization" AS employer, "Organization" AS school
WHERE e."pokSignedOn" IS NOT NULL
  AND p."id" = e."personId"
  AND employer."id" = e."employerOrganizationId"
  AND school."id" = e."schoolOrganizationId";

-- A signature names who signed and when, both or neither, within core's calendar.
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_pok_signatures_whole" CHECK (
  ("pokLearnerSignedBy" IS NULL) = ("pokLearnerSignedOn" IS NULL)
  AND ("pokEmployerSignedBy" IS NULL) = ("pokEmployerSignedOn" IS NULL)
  AND ("pokSchoolSignedBy" IS NULL) = ("pokSchoolSignedOn" IS NULL)
);
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_pok_signatures_in_calendar" CHECK (
  ("pokLearnerSignedOn" IS NULL OR "pokLearnerSignedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
  AND ("pokEmployerSignedOn" IS NULL OR "pokEmployerSignedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
  AND ("pokSchoolSignedOn" IS NULL OR "pokSchoolSignedOn" BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
);
