/**
 * What the school's examencommissie decides in the demo. Yara, a Kinderrijk groepshulp in BBL for
 * Gespecialiseerd pedagogisch medewerker at De Maasoever, has the whole basisdeel and the generiek deel
 * established, so the diploma is refused naming what is left: the profieldeel. Her EVC
 * ervaringscertificaat is a request for a vrijstelling that awaits the examencommissie. Femke, with a
 * bachelor pedagogiek and no language test, meets the taaleis by his diploma (cao Kinderopvang, bijlage
 * Taaleis).
 */
import { childcareCatalog, findQualification, qualificationParts } from "@ontwikkelpad/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";
import { seedEstablishedExam, type DemoIssuingRefs } from "./demo-issuing.ts";

const part = (kind: "basisdeel" | "profieldeel") =>
  qualificationParts(childcareCatalog, "GPM").find((p) => p.kind === kind)!.workProcessIds;

export async function seedDemoExemptions(tx: Prisma.TransactionClient, refs: DemoIssuingRefs): Promise<void> {
  const own = { employerOrganizationId: refs.employer.id };
  const groepshulp = (givenName: string, familyName: string, profile: Prisma.InputJsonObject) =>
    tx.person.create({
      data: {
        kind: "STAFF",
        givenName,
        familyName,
        ...own,
        profile,
        employments: {
          create: {
            ...own,
            locationId: refs.location.id,
            functionId: "groepshulp",
            hoursPerWeek: 24,
            contractStart: day("2024-09-01"),
          },
        },
      },
    });

  const yara = await groepshulp("Yara", "Smit", {
    languageLevel: "3F",
    priorEducation: [],
    experienceYears: 6,
    vogRegistered: true,
  });
  const enrolment = await tx.enrolment.create({
    data: {
      schoolOrganizationId: refs.school.id,
      ...own,
      personId: yara.id,
      credentialId: "GPM",
      learningRoute: "BBL",
      locationId: refs.location.id,
      pokStatus: "SIGNED",
      pokSignedOn: day("2024-08-20"),
      pokStartDate: day("2024-09-02"),
      pokEndDate: day("2027-07-16"),
      pokHoursPerWeek: 24,
      pokDaysPerWeek: 3,
      pokTotalHours: 3400,
    },
  });
  const learner = { personId: yara.id, enrolmentId: enrolment.id, credentialId: "GPM" };
  await seedEstablishedExam(tx, refs, learner, {
    title: "Examen basisdeel Pedagogisch werk",
    workProcessIds: part("basisdeel"),
    on: "2026-06-17",
  });
  for (const [i, generiekDeelPart] of findQualification(childcareCatalog, "GPM")!.generiekDeel.entries())
    await seedEstablishedExam(tx, refs, learner, {
      title: `Examen ${generiekDeelPart}`,
      workProcessIds: [],
      generiekDeelPart,
      on: `2026-0${3 + i}-12`,
    });
  await tx.exemption.create({
    data: {
      schoolOrganizationId: refs.school.id,
      personId: yara.id,
      credentialId: "GPM",
      workProcessIds: part("profieldeel").slice(0, 2),
      ground: "EVC",
      groundDetail: "EVC-ervaringscertificaat Gespecialiseerd pedagogisch medewerker, 14-5-2026",
      requestedByUserId: refs.examiner,
    },
  });

  const femke = await groepshulp("Femke", "Visser", {
    languageLevel: null,
    priorEducation: [],
    experienceYears: 1,
    vogRegistered: true,
  });
  await tx.heldCredential.create({
    data: {
      personId: femke.id,
      ...own,
      kind: "OTHER_DIPLOMA",
      title: "Bachelor pedagogiek",
      educationLevel: "hbo",
      issuedOn: day("2023-07-01"),
      institution: "Hogeschool Rotterdam",
    },
  });
}
