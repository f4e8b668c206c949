// Long because: seed data, one row of every kind for each marker tenant, so the isolation tests miss none.
/**
 * A second tenant of each kind for tenant-isolation tests, on top of a demo-seeded database: an
 * employer, a school, a region and its partner, wired among themselves (the school serves the
 * region, the employer belongs to it) and holding a record of every kind the first tenants' pages
 * read. Every name, e-mail and free text carries MARKER, so an answer that shows any of it to
 * another organisation is found by a text search; the ids of every row created are returned too.
 * Not part of the demo seed: nobody logs in as these accounts.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

/** The text every marker record carries; e-mail addresses carry it in lower case. */
export const MARKER = "ZZMARKER";

/** A marker organisation: its id and its name (which carries MARKER). */
export interface MarkerOrganization {
  id: string;
  name: string;
}

export interface MarkerTenants {
  /** The id of every row the seed created, in every table. */
  ids: string[];
  /** The same ids per model (table), e.g. `{ Person: [...] }`; a model without marker rows is absent. */
  idsByModel: Partial<Record<Prisma.ModelName, string[]>>;
  employer: MarkerOrganization;
  school: MarkerOrganization;
  region: MarkerOrganization;
  partner: MarkerOrganization;
}

type Tx = Prisma.TransactionClient;
type IdDelegate = { findMany(args: { select: { id: true } }): Promise<{ id: string }[]> };

/** The ids of every row, per model: every model has a string `id`. */
async function idsByModel(tx: Tx): Promise<Map<Prisma.ModelName, string[]>> {
  const ids = new Map<Prisma.ModelName, string[]>();
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (tx as unknown as Record<string, IdDelegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    ids.set(
      model,
      (await delegate.findMany({ select: { id: true } })).map((row) => row.id),
    );
  }
  return ids;
}

const named = ({ id, name }: MarkerOrganization): MarkerOrganization => ({ id, name });
const email = (local: string) => `${local}@${MARKER.toLowerCase()}.example`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

export async function seedMarkerTenants(prisma: PrismaClient): Promise<MarkerTenants> {
  return prisma.$transaction(
    async (tx) => {
      const before = new Set([...(await idsByModel(tx)).values()].flat());
      const created = await createMarkerTenants(tx);
      const added = [...(await idsByModel(tx))].flatMap(([model, ids]) => {
        const fresh = ids.filter((id) => !before.has(id));
        return fresh.length > 0 ? [[model, fresh] as const] : [];
      });
      return { ...created, ids: added.flatMap(([, ids]) => ids), idsByModel: Object.fromEntries(added) };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function createMarkerTenants(tx: Tx): Promise<Omit<MarkerTenants, "ids" | "idsByModel">> {
  // ── organisations ──
  const region = await tx.organization.create({
    data: { kind: "REGION", name: `Arbeidsmarktregio ${MARKER}`, regionCode: "ZZ99", city: `${MARKER}stad` },
  });
  const organization = (
    kind: "EMPLOYER" | "SCHOOL" | "PARTNER",
    name: string,
    registryNumber: string | null,
  ) => tx.organization.create({ data: { kind, name, registryNumber, city: `${MARKER}stad` } });
  const partner = await organization("PARTNER", `UWV ${MARKER}`, null);
  const employer = await organization("EMPLOYER", `Kinderopvang ${MARKER}`, "99999999");
  const school = await organization("SCHOOL", `ROC ${MARKER}`, "99ZZ");
  await tx.regionMembership.createMany({
    data: [partner, employer, school].map((o) => ({ organizationId: o.id, regionOrganizationId: region.id })),
  });

  // ── accounts ──
  const account = async (
    local: string,
    displayName: string,
    organizationId: string,
    role: Prisma.MembershipCreateWithoutUserInput["role"],
    hoursPerWeek?: number,
  ) =>
    (
      await tx.user.create({
        data: {
          email: email(local),
          displayName: `${displayName} ${MARKER}`,
          // Nobody logs in as a marker account: no password verifies against this.
          passwordHash: "!",
          memberships: { create: { organizationId, role, hoursPerWeek } },
        },
      })
    ).id;
  const hr = await account("hr", "Hanna", employer.id, "ADMIN");
  const trainer = await account("praktijkopleider", "Pim", employer.id, "WORKPLACE_TRAINER", 8);
  const manager = await account("leidinggevende", "Lieke", employer.id, "MANAGER");
  const adviser = await account("opleidingsadviseur", "Olaf", school.id, "TRAINING_ADVISOR");
  const teacher = await account("docent", "Dirk", school.id, "TEACHER");
  const examiner = await account("examinator", "Emma", school.id, "EXAMINER");
  const committee = await account("examencommissie", "Evert", school.id, "EXAM_COMMITTEE");
  const coordinator = await account("coordinator", "Cor", region.id, "COORDINATOR");
  const wsp = await account("wsp", "Wendy", region.id, "WSP_ADVISOR");
  const intake = await account("intake", "Ilse", partner.id, "INTAKE");
  await tx.invitation.create({
    data: {
      organizationId: employer.id,
      email: email("nieuwe.collega"),
      role: "MANAGER",
      tokenHash: `${MARKER}-invitation`,
      invitedByUserId: hr,
      expiresAt: at("2099-01-01T00:00:00Z"),
    },
  });
  for (const [organizationId, role, invitedByUserId] of [
    [school.id, "TEACHER", teacher],
    [region.id, "WSP_ADVISOR", coordinator],
  ] as const)
    await tx.invitation.create({
      data: {
        organizationId,
        email: email(`nieuw.${role.toLowerCase()}`),
        role,
        tokenHash: `${MARKER}-invitation-${role}`,
        invitedByUserId,
        expiresAt: at("2099-01-01T00:00:00Z"),
      },
    });

  // ── the employer's sites ──
  const own = { employerOrganizationId: employer.id };
  const location = await tx.location.create({
    data: {
      ...own,
      name: `KDV ${MARKER}`,
      type: "KDV",
      lrkNumber: "999999991",
      city: `${MARKER}stad`,
      street: `${MARKER}straat 1`,
      postalCode: "9999 ZZ",
      groups: {
        create: [
          { ...own, name: `Baby's ${MARKER}`, minAgeMonths: 0, maxAgeMonths: 12, maxChildren: 9 },
          { ...own, name: `Peuters ${MARKER}`, minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
        ],
      },
    },
  });
  await tx.location.create({
    data: {
      ...own,
      name: `BSO ${MARKER}`,
      type: "BSO",
      lrkNumber: "999999992",
      city: `${MARKER}stad`,
      groups: {
        create: { ...own, name: `BSO-groep ${MARKER}`, minAgeMonths: 48, maxAgeMonths: 156, maxChildren: 22 },
      },
    },
  });
  await tx.sbbRecognition.createMany({
    data: ["BBL", "DERDE_LEERWEG"].map((learningRoute) => ({
      ...own,
      crebo: "25696",
      learningRoute: learningRoute as "BBL" | "DERDE_LEERWEG",
      status: "ACTIVE" as const,
      recognisedFrom: day("2024-01-01"),
      reviewDue: day("2028-01-01"),
    })),
  });

  // ── people: a groepshulp on her path, a learner in the school's class, a candidate at the desk ──
  const staff = (givenName: string, functionId: string) =>
    tx.person.create({
      data: {
        kind: "STAFF",
        givenName: `${givenName} ${MARKER}`,
        familyName: `${MARKER}-${givenName}`,
        email: email(givenName.toLowerCase()),
        phone: "0999999999",
        ...own,
        profile: { languageLevel: "2F", priorEducation: [], experienceYears: 1, vogRegistered: true },
        employments: {
          create: {
            ...own,
            locationId: location.id,
            functionId,
            hoursPerWeek: 24,
            contractStart: day("2025-09-01"),
          },
        },
      },
    });
  const anna = await staff("Anna", "groepshulp");
  const bart = await staff("Bart", "beroepskracht-in-opleiding");
  await tx.heldCredential.createMany({
    data: [
      {
        ...own,
        personId: anna.id,
        kind: "OTHER_DIPLOMA",
        title: `Diploma ${MARKER}`,
        educationLevel: "mbo-2",
        issuedOn: day("2020-06-30"),
        institution: `Instituut ${MARKER}`,
        note: `Notitie ${MARKER}`,
        recordedByUserId: hr,
      },
      {
        ...own,
        personId: bart.id,
        kind: "DIPLOMA",
        credentialId: "PMK",
        issuedOn: day("2021-06-30"),
        institution: `ROC ${MARKER}`,
        recordedByUserId: hr,
      },
    ],
  });

  const path = await tx.developmentPath.create({
    data: {
      personId: anna.id,
      ...own,
      workplaceTrainerUserId: trainer,
      currentStep: 7,
      careerPerspective: `Loopbaan ${MARKER}`,
      ambition: `Ambitie ${MARKER}`,
      goalFunctionId: "groepshulp",
      goalCredentialId: "pv-helpende-zorg-welzijn",
      chosenRoute: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      learningHoursPerWeek: 2,
      trainerHoursPerWeek: 1,
      startedAt: at("2026-01-05T09:00:00Z"),
      // Long due: on every to-do list's review horizon.
      nextReviewAt: day("2026-02-01"),
      stepRecords: {
        create: [1, 2, 3, 4, 5, 6].map((step) => ({
          step,
          note: `Stap ${step} ${MARKER}`,
          completedAt: at(`2026-0${step}-10T10:00:00Z`),
          completedByUserId: trainer,
        })),
      },
    },
  });
  await tx.employeeViewLink.create({
    data: {
      developmentPathId: path.id,
      email: anna.email!,
      tokenHash: `${MARKER}-employee-view`,
      invitedByUserId: hr,
      expiresAt: at("2099-01-01T00:00:00Z"),
    },
  });
  // Ratings at every stage: unsigned (to sign), signed (to co-sign) and co-signed.
  const rating = (workProcessId: string, stage: 0 | 1 | 2, index: number) =>
    tx.evidence.create({
      data: {
        personId: anna.id,
        developmentPathId: path.id,
        ...own,
        workProcessId,
        kind: "PRACTICE_ASSESSMENT",
        result: "MASTERED",
        note: `Beoordeling ${MARKER}`,
        assessorUserId: trainer,
        recordedByUserId: trainer,
        assessedOn: day(`2026-10-1${index}`),
        ...(stage >= 1 ? { signedAt: at(`2026-10-1${index}T16:00:00Z`), signedByUserId: trainer } : {}),
        ...(stage >= 2 ? { coSignedAt: at(`2026-10-2${index}T09:00:00Z`), coSignedByUserId: manager } : {}),
      },
    });
  await rating(WP.hzw[0], 0, 0);
  await rating(WP.hzw[1], 1, 1);
  await rating(WP.hzw[2], 2, 2);
  await tx.fundingApplication.create({
    data: {
      ...own,
      personId: anna.id,
      developmentPathId: path.id,
      instrumentId: "slim",
      externalReference: MARKER,
    },
  });

  // ── the school: published offers for its region only ──
  const offer = (
    title: string,
    credentialId: string,
    learningRoute: "BBL" | "DERDE_LEERWEG",
    onDemand: boolean,
  ) =>
    tx.trainingOffer.create({
      data: {
        schoolOrganizationId: school.id,
        title: `${title} ${MARKER}`,
        description: `Omschrijving ${MARKER}`,
        credentialId,
        crebo: "25696",
        learningRoute,
        format: onDemand ? "AT_WORKPLACE" : "HYBRID",
        durationWeeks: 40,
        hoursPerWeek: 4,
        priceCents: 100_000,
        publishedAt: at("2026-06-01T09:00:00Z"),
        onDemand,
        maxConcurrentLearners: onDemand ? 10 : null,
        regionCodes: [region.regionCode!],
        locations: [`${MARKER}stad`],
        contact: email("aanmelden"),
        ...(onDemand ? {} : { starts: { create: { startsOn: day("2027-02-01"), capacity: 20 } } }),
      },
    });
  const pmkOffer = await offer("PMK (BBL)", "PMK", "BBL", false);
  const pvOffer = await offer("Praktijkverklaring", "pv-helpende-zorg-welzijn", "DERDE_LEERWEG", true);
  const c0125Offer = await offer("Pedagogisch klimaat", "C0125", "DERDE_LEERWEG", false);

  // The employer's requests: one answered recently (on the admin's to-do list), one open.
  const answered = await tx.trainingRequest.create({
    data: {
      ...own,
      schoolOrganizationId: school.id,
      personId: anna.id,
      developmentPathId: path.id,
      trainingOfferId: pvOffer.id,
      credentialId: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      message: `Verzoek ${MARKER}`,
      status: "ACCEPTED",
      responseNote: `Antwoord ${MARKER}`,
      proposedStartDate: day("2027-01-04"),
      proposedSchedule: `Rooster ${MARKER}`,
      proposedPriceCents: 60_000,
      respondedAt: daysAgo(2),
    },
  });
  const open = await tx.trainingRequest.create({
    data: {
      ...own,
      schoolOrganizationId: school.id,
      personId: bart.id,
      trainingOfferId: c0125Offer.id,
      credentialId: "C0125",
      learningRoute: "DERDE_LEERWEG",
      message: `Open verzoek ${MARKER}`,
    },
  });
  await tx.trainingRequestMessage.create({
    data: { trainingRequestId: open.id, authorUserId: adviser, body: `Bericht van de school ${MARKER}` },
  });
  await tx.credentialRequest.create({
    data: {
      ...own,
      schoolOrganizationId: school.id,
      personId: anna.id,
      developmentPathId: path.id,
      credentialId: "pv-helpende-zorg-welzijn",
      workProcessIds: [WP.hzw[2]],
      message: `Praktijkverklaring ${MARKER}`,
      requestedByUserId: trainer,
    },
  });

  // ── the school's class in the region, adopted by the employer, with its mentor team ──
  const schoolClass = await tx.schoolClass.create({
    data: {
      schoolOrganizationId: school.id,
      regionOrganizationId: region.id,
      name: `Klas ${MARKER}`,
      credentialId: "PMK",
      cohortYear: 2026,
      adoptions: { create: { ...own } },
    },
  });
  const mentorTeam = await tx.mentorTeam.create({
    data: {
      schoolClassId: schoolClass.id,
      schoolOrganizationId: school.id,
      name: `Mentorteam ${MARKER}`,
      members: {
        create: [
          { userId: trainer, organizationId: employer.id },
          { userId: teacher, organizationId: school.id },
        ],
      },
    },
  });
  const signal = await tx.skillGapSignal.create({
    data: {
      mentorTeamId: mentorTeam.id,
      workProcessId: WP.pw[3],
      note: `Signaal ${MARKER}`,
      sentByUserId: teacher,
      learnersRated: 1,
      learnersStruggling: 1,
    },
  });
  await tx.skillGapSignalReview.create({
    data: {
      signalId: signal.id,
      regionOrganizationId: region.id,
      acknowledgedAt: at("2026-11-20T10:00:00Z"),
      acknowledgedByUserId: coordinator,
      discussedOn: day("2026-11-25"),
      regiegroepNote: `Regiegroep ${MARKER}`,
    },
  });

  // ── enrolments with signed POKs: Anna's praktijkverklaring, Bart in the class ──
  const pok = {
    schoolOrganizationId: school.id,
    ...own,
    locationId: location.id,
    workplaceTrainerUserId: trainer,
    teacherUserId: teacher,
    pokStatus: "SIGNED" as const,
    pokSignedOn: day("2026-08-28"),
    pokLearnerSignedBy: `Deelnemer ${MARKER}`,
    pokLearnerSignedOn: day("2026-08-26"),
    pokEmployerSignedBy: `Leerbedrijf ${MARKER}`,
    pokEmployerSignedOn: day("2026-08-27"),
    pokSchoolSignedBy: `School ${MARKER}`,
    pokSchoolSignedOn: day("2026-08-28"),
    pokStartDate: day("2026-09-01"),
    pokEndDate: day("2027-08-31"),
    pokHoursPerWeek: 24,
    pokDaysPerWeek: 3,
    pokTotalHours: 800,
  };
  await tx.enrolment.create({
    data: {
      ...pok,
      personId: anna.id,
      trainingOfferId: pvOffer.id,
      trainingRequestId: answered.id,
      credentialId: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      attendance: {
        create: {
          date: day("2026-10-05"),
          present: false,
          hoursPresent: 0,
          absenceReason: `Afwezig ${MARKER}`,
          recordedByUserId: teacher,
        },
      },
      coaching: {
        create: {
          date: day("2026-10-06"),
          minutes: 30,
          coachUserId: trainer,
          coachRole: "WORKPLACE_TRAINER",
          topic: `Coaching ${MARKER}`,
          note: `Coachnotitie ${MARKER}`,
          recordedByUserId: teacher,
        },
      },
    },
  });
  const bartEnrolment = await tx.enrolment.create({
    data: {
      ...pok,
      personId: bart.id,
      trainingOfferId: pmkOffer.id,
      schoolClassId: schoolClass.id,
      credentialId: "PMK",
      learningRoute: "BBL",
    },
  });
  await tx.reflectionNote.create({
    data: {
      enrolmentId: bartEnrolment.id,
      schoolClassId: schoolClass.id,
      schoolOrganizationId: school.id,
      isoWeek: "2026-W46",
      text: `Reflectie ${MARKER}`,
      authorUserId: teacher,
    },
  });
  await tx.evidence.create({
    data: {
      personId: bart.id,
      ...own,
      workProcessId: WP.pw[3],
      kind: "PRACTICE_ASSESSMENT",
      result: "NOT_YET",
      note: `Nog niet ${MARKER}`,
      assessorUserId: trainer,
      recordedByUserId: trainer,
      assessedOn: day("2026-11-12"),
      signedAt: at("2026-11-12T16:00:00Z"),
      signedByUserId: trainer,
    },
  });

  // ── exam results: one established (with its FORMAL_EXAM evidence), one awaiting the committee ──
  const [established, assessed] = [WP.c0125.slice(0, 2), WP.c0125.slice(2, 4)];
  const examEvidence = await Promise.all(
    established.map((workProcessId) =>
      tx.evidence.create({
        data: {
          personId: bart.id,
          schoolOrganizationId: school.id,
          workProcessId,
          kind: "FORMAL_EXAM",
          result: "PASSED",
          note: `Examen ${MARKER}`,
          assessorUserId: examiner,
          recordedByUserId: committee,
          assessedOn: day("2026-10-21"),
          signedAt: at("2026-10-21T16:00:00Z"),
          signedByUserId: committee,
        },
      }),
    ),
  );
  const exam = {
    schoolOrganizationId: school.id,
    personId: bart.id,
    enrolmentId: bartEnrolment.id,
    credentialId: "C0125",
  };
  await tx.examResult.create({
    data: {
      ...exam,
      workProcessIds: established,
      title: `Vastgesteld examen ${MARKER}`,
      status: "ESTABLISHED",
      outcome: "PASSED",
      assessedOn: day("2026-10-21"),
      note: `Uitslag ${MARKER}`,
      evidenceIds: examEvidence.map((e) => e.id),
      events: {
        create: [
          { fromStatus: null, toStatus: "REGISTERED", actorUserId: examiner, reason: MARKER },
          { fromStatus: "REGISTERED", toStatus: "ASSESSED", actorUserId: examiner },
          { fromStatus: "ASSESSED", toStatus: "ESTABLISHED", actorUserId: committee },
        ],
      },
    },
  });
  await tx.examResult.create({
    data: {
      ...exam,
      workProcessIds: assessed,
      title: `Beoordeeld examen ${MARKER}`,
      status: "ASSESSED",
      outcome: "PASSED",
      assessedOn: day("2026-11-04"),
      events: {
        create: [
          { fromStatus: null, toStatus: "REGISTERED", actorUserId: examiner },
          { fromStatus: "REGISTERED", toStatus: "ASSESSED", actorUserId: examiner },
        ],
      },
    },
  });

  // ── exemptions: a request awaiting the examencommissie, and a granted one ──
  await tx.exemption.create({
    data: {
      schoolOrganizationId: school.id,
      personId: bart.id,
      credentialId: "HZW",
      workProcessIds: [WP.hzw[0]!],
      ground: "EVC",
      groundDetail: `EVC-ervaringscertificaat ${MARKER}`,
      requestedByUserId: examiner,
    },
  });
  await tx.exemption.create({
    data: {
      schoolOrganizationId: school.id,
      personId: anna.id,
      credentialId: "HZW",
      workProcessIds: [WP.hzw[1]!],
      ground: "OTHER_SCHOOL_CERTIFICATE",
      groundDetail: `Certificaat van een andere school ${MARKER}`,
      requestedByUserId: examiner,
      status: "GRANTED",
      decidedByUserId: committee,
      decidedOn: day("2026-10-01"),
      decisionNote: `Vrijstelling verleend ${MARKER}`,
    },
  });

  // ── issued credentials: a certificate (signed with the school's key), and a diploma not yet reported to DUO ──
  const certificate = await tx.issuedCredential.create({
    data: {
      personId: bart.id,
      kind: "CERTIFICATE",
      credentialId: "C0125",
      workProcessIds: [...WP.c0125],
      schoolOrganizationId: school.id,
      ...own,
      issuedByUserId: examiner,
      issuedOn: day("2026-06-30"),
      resultOn: day("2026-06-20"),
    },
  });
  // Not a real key or signature: the rows only have to carry the marker and belong to the marker school.
  const key = await tx.credentialKey.create({
    data: {
      schoolOrganizationId: school.id,
      publicKeyMultibase: `z${MARKER}`,
      encryptedSecretKey: `${MARKER}-not-a-key`,
    },
  });
  await tx.signedCredential.create({
    data: {
      issuedCredentialId: certificate.id,
      schoolOrganizationId: school.id,
      keyId: key.id,
      statusListIndex: 0,
      document: { id: certificate.id, name: `Mbo-certificaat ${MARKER}` },
    },
  });
  await tx.issuedCredential.create({
    data: {
      personId: anna.id,
      kind: "DIPLOMA",
      credentialId: "HZW",
      workProcessIds: [...WP.hzw],
      schoolOrganizationId: school.id,
      ...own,
      issuedByUserId: committee,
      issuedOn: day("2026-11-20"),
      resultOn: day("2026-11-10"),
    },
  });
  // A diploma that was reported, by the school's committee.
  const reported = await tx.issuedCredential.create({
    data: {
      personId: bart.id,
      kind: "DIPLOMA",
      credentialId: "HZW",
      workProcessIds: [...WP.hzw],
      schoolOrganizationId: school.id,
      ...own,
      issuedByUserId: committee,
      issuedOn: day("2025-07-01"),
    },
  });
  await tx.duoReport.create({
    data: { issuedCredentialId: reported.id, reportedOn: day("2025-07-05"), reportedByUserId: committee },
  });

  // ── the region: a vacancy, candidates (one by the partner, one by the desk), a referral ──
  const vacancy = await tx.vacancy.create({
    data: {
      ...own,
      locationId: location.id,
      functionId: "groepshulp",
      title: `Groepshulp ${MARKER}`,
      description: `Vacature ${MARKER}`,
      hoursPerWeek: 24,
      status: "OPEN",
      publishedAt: at("2026-10-01T08:00:00Z"),
    },
  });
  const candidate = async (
    givenName: string,
    partnerOrganizationId: string | null,
    registeredByUserId: string,
  ) =>
    tx.person.create({
      data: {
        kind: "CANDIDATE",
        givenName: `${givenName} ${MARKER}`,
        familyName: `${MARKER}-${givenName}`,
        email: email(givenName.toLowerCase()),
        registeredByOrganizationId: region.id,
        profile: { languageLevel: "2F", priorEducation: [], experienceYears: 0 },
        consentRecords: {
          create: (["REGION_FOLLOW_UP", "ADVICE", "SHARE_WITH_EMPLOYER"] as const).map((purpose) => ({
            organizationId: region.id,
            purpose,
            givenAt: at("2026-10-02T10:00:00Z"),
            recordedByUserId: registeredByUserId,
          })),
        },
        registration: {
          create: {
            regionOrganizationId: region.id,
            partnerOrganizationId,
            registeredByUserId,
            intakeCompletedAt: at("2026-10-05T10:00:00Z"),
            availableFrom: day("2026-12-01"),
            hoursPerWeek: 24,
            city: `${MARKER}stad`,
            postcodeArea: "9999",
            travelDistanceKm: 10,
            locationTypes: ["KDV"],
            languageLevel: "2F",
            experience: `Ervaring ${MARKER}`,
            experienceYears: 2,
            workProcessIds: [WP.pw[0]],
            priorDiplomas: [`Vooropleiding ${MARKER}`],
          },
        },
      },
    });
  const cas = await candidate("Cas", partner.id, intake);
  await candidate("Dina", null, wsp);
  await tx.referral.create({
    data: {
      regionOrganizationId: region.id,
      ...own,
      partnerOrganizationId: partner.id,
      personId: cas.id,
      vacancyId: vacancy.id,
      status: "PROPOSED",
      reason: `Voorstel ${MARKER}`,
      createdByUserId: wsp,
    },
  });
  // A given advice and the correction that supersedes it, both readable.
  const casRegistration = await tx.candidateRegistration.findUniqueOrThrow({ where: { personId: cas.id } });
  const advice = {
    regionOrganizationId: region.id,
    candidateRegistrationId: casRegistration.id,
    status: "GIVEN" as const,
    goalFunctionId: "pedagogisch-medewerker",
    routeId: `route-${MARKER}`,
    routeTitle: `Route ${MARKER}`,
    learningRoute: "BBL" as const,
    durationMonths: 24,
    funding: [{ instrumentId: "slim", title: `Subsidie ${MARKER}`, status: "eligible", amountEuro: 1000 }],
    nextSteps: [{ description: `Stap ${MARKER}`, dueOn: "2026-12-15" }],
    adviserUserId: wsp,
    adviserName: `Adviseur ${MARKER}`,
    givenAt: at("2026-10-10T10:00:00Z"),
  };
  const firstAdvice = await tx.adviceNote.create({
    data: { ...advice, version: 1, adviceText: `Advies ${MARKER}` },
  });
  await tx.adviceNote.create({
    data: {
      ...advice,
      version: 2,
      supersedesId: firstAdvice.id,
      correctionReason: `Correctie ${MARKER}`,
      adviceText: `Gecorrigeerd advies ${MARKER}`,
    },
  });
  await tx.bottleneck.create({
    data: {
      regionOrganizationId: region.id,
      category: "STAFFING",
      description: `Knelpunt ${MARKER}`,
      owner: `Eigenaar ${MARKER}`,
      raisedOn: day("2026-11-01"),
    },
  });
  await tx.learningCircleSession.create({
    data: {
      regionOrganizationId: region.id,
      heldOn: day("2026-11-12"),
      topic: `Leerkring ${MARKER}`,
      participants: [employer.name, school.name],
      notes: `Verslag ${MARKER}`,
      actions: {
        create: { description: `Actie ${MARKER}`, owner: `Eigenaar ${MARKER}`, dueOn: day("2026-12-15") },
      },
    },
  });

  // ── the school's interprofessional learning team at the employer, a student with a goal, a meeting ──
  const learningTeam = await tx.learningTeam.create({
    data: {
      ownerSchoolOrganizationId: school.id,
      hostOrganizationId: employer.id,
      name: `Leerteam ${MARKER}`,
      question: `Vraag ${MARKER}`,
      teamCoachName: `Teamcoach ${MARKER}`,
      startsOn: day("2026-09-01"),
      endsOn: day("2027-01-31"),
      schools: { create: { schoolOrganizationId: school.id, status: "JOINED" } },
      meetings: {
        create: { authorOrganizationId: school.id, heldOn: day("2026-10-06"), notes: `Verslag ${MARKER}` },
      },
      supervisors: {
        create: {
          name: `Praktijkbegeleider ${MARKER}`,
          jobTitle: `Functie ${MARKER}`,
          email: "marker@example.org",
        },
      },
    },
  });
  await tx.learningTeamMember.create({
    data: {
      learningTeamId: learningTeam.id,
      schoolOrganizationId: school.id,
      studentName: `Student ${MARKER}`,
      programmeId: "mbo-onderwijsassistent",
      goals: {
        create: {
          competenceId: "in-gesprek-met-ouders",
          description: `Leerdoel ${MARKER}`,
          assessment: `Beoordeling ${MARKER}`,
          assessedAt: at("2026-11-02T10:00:00Z"),
        },
      },
    },
  });
  // The school's own learner in the team, and her reflection with its correction.
  const enrolledMember = await tx.learningTeamMember.create({
    data: {
      learningTeamId: learningTeam.id,
      schoolOrganizationId: school.id,
      enrolmentId: bartEnrolment.id,
      programmeId: "mbo-onderwijsassistent",
    },
  });
  const reflection = await tx.learningTeamReflection.create({
    data: { memberId: enrolledMember.id, schoolOrganizationId: school.id, text: `Reflectie ${MARKER}` },
  });
  await tx.learningTeamReflection.create({
    data: {
      memberId: enrolledMember.id,
      schoolOrganizationId: school.id,
      text: `Gecorrigeerde reflectie ${MARKER}`,
      supersedesId: reflection.id,
      correctionReason: `Reden ${MARKER}`,
    },
  });

  // ── what the organisations' staff did, as the audit log holds it ──
  await tx.auditEvent.create({
    data: {
      actorUserId: hr,
      organizationId: employer.id,
      action: "person.create",
      entityType: "Person",
      entityId: anna.id,
      data: { name: anna.givenName },
    },
  });

  // ── the notification mail waiting for the staff, and their choice of delivery ──
  await tx.mailPreference.create({ data: { userId: hr, kind: "referral", delivery: "DAILY_DIGEST" } });
  await tx.mailOutbox.create({
    data: {
      dedupeKey: `${hr}|referral|/werkgever/vacatures|${MARKER}`,
      userId: hr,
      organizationId: employer.id,
      kind: "referral",
      delivery: "DAILY_DIGEST",
      link: "/werkgever/vacatures",
    },
  });
  await tx.notificationMailCheck.create({ data: { organizationId: employer.id, date: day("2026-11-12") } });

  return { employer: named(employer), school: named(school), region: named(region), partner: named(partner) };
}
