/**
 * Candidates at the region desk, not yet hired: one referred to Zonnebloem, one whose consent was
 * withdrawn, one referred to the Kinderrijk vacancy Miriam was hired on; and the vacancies they meet.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { at } from "./dates.ts";
import type { DemoRefs } from "./demo-refs.ts";

export async function seedDemoCandidates(
  tx: Prisma.TransactionClient,
  { region, uwv, gemeente, employer, zonnebloem, boomhut, delfshaven, userId }: DemoRefs,
  groepshulpVacancy: { id: string },
): Promise<void> {
  const samira = await tx.person.create({
    data: {
      kind: "CANDIDATE",
      givenName: "Samira",
      familyName: "Benali",
      registeredByOrganizationId: region.id,
      profile: {
        languageLevel: "2F",
        priorEducation: ["mbo-2 helpende zorg en welzijn"],
        experienceYears: 0,
      },
      consentRecords: {
        create: [
          {
            organizationId: region.id,
            purpose: "REGION_FOLLOW_UP",
            givenAt: at("2026-10-02T10:00:00Z"),
            recordedByUserId: userId("intake@uwv-rotterdam.demo"),
          },
          {
            organizationId: zonnebloem.id,
            purpose: "SHARE_WITH_EMPLOYER",
            givenAt: at("2026-10-06T10:00:00Z"),
            recordedByUserId: userId("wsp@rijnmond.demo"),
          },
        ],
      },
    },
  });
  await tx.person.create({
    data: {
      kind: "CANDIDATE",
      givenName: "Pieter",
      familyName: "Jansen",
      registeredByOrganizationId: region.id,
      consentRecords: {
        create: {
          organizationId: region.id,
          purpose: "REGION_FOLLOW_UP",
          givenAt: at("2026-04-02T10:00:00Z"),
          withdrawnAt: at("2026-09-01T10:00:00Z"),
        },
      },
    },
  });
  const oksana = await tx.person.create({
    data: {
      kind: "CANDIDATE",
      givenName: "Oksana",
      familyName: "Kovalenko",
      registeredByOrganizationId: region.id,
      consentRecords: {
        create: [
          {
            organizationId: region.id,
            purpose: "REGION_FOLLOW_UP",
            givenAt: at("2026-09-20T10:00:00Z"),
            recordedByUserId: userId("intake@uwv-rotterdam.demo"),
          },
          {
            organizationId: employer.id,
            purpose: "SHARE_WITH_EMPLOYER",
            givenAt: at("2026-10-08T10:00:00Z"),
            recordedByUserId: userId("wsp@rijnmond.demo"),
          },
        ],
      },
    },
  });
  const zonnebloemVacancy = await tx.vacancy.create({
    data: {
      employerOrganizationId: zonnebloem.id,
      locationId: delfshaven.id,
      functionId: "groepshulp",
      title: "Groepshulp KDV Delfshaven",
      hoursPerWeek: 24,
      status: "OPEN",
      publishedAt: at("2026-10-01T08:00:00Z"),
    },
  });
  await tx.vacancy.create({
    data: {
      employerOrganizationId: employer.id,
      locationId: boomhut.id,
      functionId: "pedagogisch-medewerker",
      title: "Pedagogisch medewerker babygroep",
      hoursPerWeek: 28,
      status: "OPEN",
      publishedAt: at("2026-09-15T08:00:00Z"),
    },
  });
  await tx.referral.create({
    data: {
      regionOrganizationId: region.id,
      employerOrganizationId: zonnebloem.id,
      partnerOrganizationId: gemeente.id,
      personId: samira.id,
      vacancyId: zonnebloemVacancy.id,
      status: "PROPOSED",
      reason: "HZW-diploma niveau 2, woont in Delfshaven.",
      createdByUserId: userId("wsp@rijnmond.demo"),
    },
  });

  await tx.referral.create({
    data: {
      regionOrganizationId: region.id,
      employerOrganizationId: employer.id,
      partnerOrganizationId: uwv.id,
      personId: oksana.id,
      vacancyId: groepshulpVacancy.id,
      status: "PROPOSED",
      reason: "Was kleuterjuf in Oekraïne; leert Nederlands (2F) en wil op de BSO beginnen.",
      createdByUserId: userId("wsp@rijnmond.demo"),
    },
  });
}
