// Long because: seed data, the rows of the region portal's demo story in the order they refer to each other.
/**
 * The region portal's demo data, on top of demo.ts (same transaction): the candidates registered at
 * Rijnmond's desk and by its partners with their intake and consent, a second partner login, and a
 * coordinator of Haaglanden only (to show that one region cannot see another's candidates).
 */
import type { LocationType, Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

/** Accounts for the region portal besides DEMO_LOGINS (same passphrase). */
export const REGION_ACCOUNTS = [
  {
    email: "intake@gemeente-rotterdam.demo",
    name: "Latifa Bouali",
    organization: "Gemeente Rotterdam",
    role: "INTAKE",
  },
  {
    email: "coordinator@haaglanden.demo",
    name: "Gerrit Mulder",
    organization: "Arbeidsmarktregio Haaglanden",
    role: "COORDINATOR",
  },
] as const;

interface Intake {
  city: string;
  postcodeArea: string;
  hoursPerWeek: number;
  availableFrom: string;
  travelDistanceKm: number;
  locationTypes: LocationType[];
  languageLevel: string;
  experience?: string;
  workProcessIds?: string[];
  priorDiplomas?: string[];
}

/** New candidates: who registered them, when, and (for most) the intake. */
const NEW_CANDIDATES: {
  givenName: string;
  familyName: string;
  partner: "UWV Rotterdam" | "Gemeente Rotterdam" | null;
  registeredOn: string;
  advice?: boolean;
  intake?: Intake;
}[] = [
  {
    givenName: "Noor",
    familyName: "de Graaf",
    partner: "Gemeente Rotterdam",
    registeredOn: "2026-10-14T09:00:00Z",
    advice: true,
    intake: {
      city: "Rotterdam",
      postcodeArea: "3021",
      hoursPerWeek: 24,
      availableFrom: "2026-12-01",
      travelDistanceKm: 8,
      locationTypes: ["KDV", "BSO"],
      languageLevel: "2F",
      experience: "Twee jaar vrijwilliger bij de peuterspeelzaal in de wijk.",
      workProcessIds: [WP.pw[0]],
      priorDiplomas: ["vmbo-kader"],
    },
  },
  {
    givenName: "Yusuf",
    familyName: "Kaya",
    partner: "UWV Rotterdam",
    registeredOn: "2026-10-21T13:00:00Z",
    intake: {
      city: "Schiedam",
      postcodeArea: "3114",
      hoursPerWeek: 32,
      availableFrom: "2027-01-01",
      travelDistanceKm: 15,
      locationTypes: ["BSO"],
      languageLevel: "3F",
      experience: "Sportleider bij een voetbalvereniging.",
      priorDiplomas: ["mbo-3 sport en bewegen"],
    },
  },
  {
    givenName: "Lisa",
    familyName: "Verbeek",
    partner: null,
    registeredOn: "2026-11-04T10:30:00Z",
    advice: true,
    intake: {
      city: "Rotterdam",
      postcodeArea: "3072",
      hoursPerWeek: 20,
      availableFrom: "2026-12-15",
      travelDistanceKm: 5,
      locationTypes: ["KDV", "PEUTEROPVANG"],
      languageLevel: "2F",
      experience: "Moeder van drie; oppas in de buurt.",
    },
  },
  {
    givenName: "Hamza",
    familyName: "El Idrissi",
    partner: "UWV Rotterdam",
    registeredOn: "2026-11-10T09:00:00Z",
  },
  { givenName: "Eva", familyName: "Smits", partner: "UWV Rotterdam", registeredOn: "2026-11-12T09:00:00Z" },
  {
    givenName: "Daniël",
    familyName: "Peters",
    partner: "UWV Rotterdam",
    registeredOn: "2026-11-17T09:00:00Z",
  },
  {
    givenName: "Sanne",
    familyName: "Dekker",
    partner: "UWV Rotterdam",
    registeredOn: "2026-11-18T09:00:00Z",
  },
  { givenName: "Ayla", familyName: "Demir", partner: "UWV Rotterdam", registeredOn: "2026-11-24T09:00:00Z" },
];

export async function seedDemoRegion(tx: Prisma.TransactionClient): Promise<void> {
  const org = (name: string) => tx.organization.findFirstOrThrow({ where: { name } });
  const user = (email: string) => tx.user.findUniqueOrThrow({ where: { email } });
  const region = await org("Arbeidsmarktregio Rijnmond");
  const partners = {
    "UWV Rotterdam": await org("UWV Rotterdam"),
    "Gemeente Rotterdam": await org("Gemeente Rotterdam"),
  };
  const uwvIntake = await user("intake@uwv-rotterdam.demo");
  const lwl = await user("lwl@rijnmond.demo");
  // Every demo account shares one passphrase: reuse a hash instead of hashing inside the transaction.
  const { passwordHash } = uwvIntake;
  const accounts = new Map<string, string>();
  for (const account of REGION_ACCOUNTS) {
    const created = await tx.user.create({
      data: {
        email: account.email,
        displayName: account.name,
        passwordHash,
        memberships: { create: { organizationId: (await org(account.organization)).id, role: account.role } },
      },
    });
    accounts.set(account.email, created.id);
  }
  const recorder = (partner: string | null) =>
    partner === "Gemeente Rotterdam"
      ? accounts.get("intake@gemeente-rotterdam.demo")!
      : partner
        ? uwvIntake.id
        : lwl.id;

  // The candidates demo.ts placed at the desk: Miriam (hired via UWV), Samira and Oksana (referred,
  // with the consent to share with that employer) and Pieter (consent withdrawn: his data was removed).
  const person = (givenName: string) =>
    tx.person.findFirstOrThrow({ where: { givenName, registeredByOrganizationId: region.id } });
  const miriam = await person("Miriam");
  const samira = await person("Samira");
  const oksana = await person("Oksana");
  const pieter = await person("Pieter");
  await tx.candidateRegistration.createMany({
    data: [
      {
        personId: miriam.id,
        regionOrganizationId: region.id,
        partnerOrganizationId: partners["UWV Rotterdam"].id,
        registeredByUserId: uwvIntake.id,
        intakeCompletedAt: at("2026-05-14T10:00:00Z"),
        city: "Rotterdam",
        postcodeArea: "3015",
        hoursPerWeek: 20,
        availableFrom: day("2026-06-01"),
        locationTypes: ["BSO"],
        languageLevel: "2F",
        experience: "Twee jaar in de horeca.",
        priorDiplomas: ["vmbo-basis"],
        createdAt: at("2026-05-12T10:00:00Z"),
      },
      {
        personId: samira.id,
        regionOrganizationId: region.id,
        partnerOrganizationId: partners["UWV Rotterdam"].id,
        registeredByUserId: uwvIntake.id,
        intakeCompletedAt: at("2026-10-05T10:00:00Z"),
        city: "Rotterdam",
        postcodeArea: "3024",
        hoursPerWeek: 24,
        travelDistanceKm: 10,
        availableFrom: day("2026-11-01"),
        locationTypes: ["KDV"],
        languageLevel: "2F",
        priorDiplomas: ["mbo-2 helpende zorg en welzijn"],
        createdAt: at("2026-10-02T10:00:00Z"),
      },
      {
        personId: oksana.id,
        regionOrganizationId: region.id,
        partnerOrganizationId: partners["UWV Rotterdam"].id,
        registeredByUserId: uwvIntake.id,
        intakeCompletedAt: at("2026-09-24T10:00:00Z"),
        city: "Rotterdam",
        postcodeArea: "3081",
        hoursPerWeek: 24,
        travelDistanceKm: 10,
        availableFrom: day("2027-01-04"),
        locationTypes: ["BSO", "KDV"],
        languageLevel: "2F",
        experience: "Vijf jaar kleuterjuf in Charkiv; leert Nederlands.",
        experienceYears: 5,
        workProcessIds: [WP.pw[0], WP.pw[1]],
        priorDiplomas: ["Bachelor pedagogiek (Oekraïne)"],
        createdAt: at("2026-09-20T10:00:00Z"),
      },
      {
        personId: pieter.id,
        regionOrganizationId: region.id,
        registeredByUserId: lwl.id,
        erasedAt: at("2026-09-01T10:00:00Z"),
        createdAt: at("2026-04-02T10:00:00Z"),
      },
    ],
  });
  await tx.person.update({
    where: { id: pieter.id },
    data: {
      givenName: "",
      familyName: "",
      email: null,
      phone: null,

      archivedAt: at("2026-09-01T10:00:00Z"),
    },
  });

  await tx.bottleneck.create({
    data: {
      regionOrganizationId: region.id,
      category: "RECOGNITION",
      description: "Kinderrijk mist de SBB-erkenning voor PMK via BBL; Milan kan daardoor niet starten.",
      owner: "WSP Rijnmond met SBB",
      raisedOn: day("2026-11-05"),
    },
  });

  await tx.learningCircleSession.create({
    data: {
      regionOrganizationId: region.id,
      heldOn: day("2026-11-12"),
      topic: "Begeleiding van groepshulpen in het eerste halfjaar",
      participants: ["Kinderopvang Zonnebloem", "Kinderrijk", "ROC De Maasoever", "WSP Rijnmond"],
      notes:
        "Praktijkopleiders merken dat groepshulpen na drie maanden afhaken als het werkrooster niet aansluit op de lesdag. Afgesproken om roosters vóór de start af te stemmen.",
      actions: {
        create: [
          {
            description: "Voorbeeldrooster met vaste lesdag delen met alle werkgevers.",
            owner: "ROC De Maasoever",
            dueOn: day("2026-12-15"),
          },
          {
            description: "Ervaringen praktijkopleiders bundelen voor de volgende leerkring.",
            owner: "Kinderrijk",
            dueOn: day("2026-11-30"),
            doneOn: day("2026-11-26"),
          },
        ],
      },
    },
  });

  for (const c of NEW_CANDIDATES) {
    const partner = c.partner ? partners[c.partner] : null;
    const registeredAt = at(c.registeredOn);
    const recordedByUserId = recorder(c.partner);
    const purposes = ["REGION_FOLLOW_UP", ...(c.advice ? ["ADVICE" as const] : [])] as const;
    await tx.person.create({
      data: {
        kind: "CANDIDATE",
        givenName: c.givenName,
        familyName: c.familyName,
        registeredByOrganizationId: region.id,
        createdAt: registeredAt,
        consentRecords: {
          create: purposes.map((purpose) => ({
            organizationId: region.id,
            purpose,
            givenAt: registeredAt,
            recordedByUserId,
          })),
        },
        registration: {
          create: {
            regionOrganizationId: region.id,
            partnerOrganizationId: partner?.id ?? null,
            registeredByUserId: recordedByUserId,
            createdAt: registeredAt,
            ...(c.intake
              ? {
                  ...c.intake,
                  availableFrom: day(c.intake.availableFrom),
                  intakeCompletedAt: new Date(registeredAt.getTime() + 3 * 86_400_000),
                }
              : {}),
          },
        },
      },
    });
  }

  await seedWithdrawnReferral(tx, region.id);
  await seedAdvice(tx, region.id, lwl);
}

/**
 * Oksana, referred to Kinderrijk with the consent to share, gave her consent for advice and got the
 * LWL's advice: PMK via the derde leerweg. The route, duration and funding are what core's planner and
 * funding check gave on the day it was written; Kinderrijk sees the route with her intake. Noor's
 * advice is still a concept the LWL-adviser is writing.
 */
async function seedAdvice(
  tx: Prisma.TransactionClient,
  regionId: string,
  lwl: { id: string; displayName: string },
): Promise<void> {
  const oksana = await tx.person.findFirstOrThrow({
    where: { givenName: "Oksana", registeredByOrganizationId: regionId },
    include: { registration: true },
  });
  await tx.consentRecord.create({
    data: {
      personId: oksana.id,
      organizationId: regionId,
      purpose: "ADVICE",
      givenAt: at("2026-09-24T10:00:00Z"),
      recordedByUserId: lwl.id,
    },
  });
  await tx.adviceNote.create({
    data: {
      regionOrganizationId: regionId,
      candidateRegistrationId: oksana.registration!.id,
      version: 1,
      status: "GIVEN",
      goalFunctionId: "pedagogisch-medewerker",
      routeId: "PMK:DERDE_LEERWEG",
      routeTitle: "PMK via derde leerweg",
      learningRoute: "DERDE_LEERWEG",
      durationMonths: 18,
      funding: [
        {
          instrumentId: "praktijkleren-derde-leerweg",
          title: "Subsidieregeling praktijkleren (derde leerweg)",
          status: "not-eligible",
          amountEuro: 2700,
        },
        {
          instrumentId: "slim",
          title: "SLIM-regeling (leren en ontwikkelen in het mkb)",
          status: "eligible",
          amountEuro: null,
        },
      ],
      adviceText:
        "Begin als groepshulp op de BSO en volg daarnaast PMK via de derde leerweg. Je pedagogiekdiploma laten waarderen bij IDW; het taalniveau naar 3F brengen met de taallessen van de gemeente.",
      nextSteps: [
        { description: "Diplomawaardering aanvragen bij IDW", dueOn: "2026-10-15" },
        { description: "Intakegesprek PMK bij ROC De Maasoever", dueOn: "2026-11-01" },
      ],
      adviserUserId: lwl.id,
      adviserName: lwl.displayName,
      givenAt: at("2026-09-28T10:00:00Z"),
      createdAt: at("2026-09-26T10:00:00Z"),
    },
  });
  const noor = await tx.candidateRegistration.findFirstOrThrow({
    where: { regionOrganizationId: regionId, person: { givenName: "Noor" } },
  });
  await tx.adviceNote.create({
    data: {
      regionOrganizationId: regionId,
      candidateRegistrationId: noor.id,
      version: 1,
      status: "CONCEPT",
      goalFunctionId: "pedagogisch-medewerker",
      routeId: "C0125+C0123+C0126",
      routeTitle: "C0125 + C0123 + C0126 via derde leerweg",
      learningRoute: "DERDE_LEERWEG",
      durationMonths: 18,
      funding: [],
      adviceText: "Drie certificaten na elkaar, zodat Noor naast haar vrijwilligerswerk kan leren.",
      nextSteps: [{ description: "Gesprek over de lesdagen met ROC De Maasoever", dueOn: "2026-12-20" }],
      adviserUserId: lwl.id,
      adviserName: lwl.displayName,
      createdAt: at("2026-11-20T10:00:00Z"),
    },
  });
}

/**
 * Hamza was referred to Kinderrijk and then withdrew his consent to share with it: the referral is
 * withdrawn, and Kinderrijk sees it as "teruggetrokken" without his name or the desk's motivation.
 * The region keeps following him up (his registration consent stands).
 */
async function seedWithdrawnReferral(tx: Prisma.TransactionClient, regionId: string): Promise<void> {
  const kinderrijk = await tx.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
  const hamza = await tx.person.findFirstOrThrow({
    where: { givenName: "Hamza", registeredByOrganizationId: regionId },
    include: { registration: true },
  });
  const vacancy = await tx.vacancy.findFirstOrThrow({
    where: { employerOrganizationId: kinderrijk.id, title: "Pedagogisch medewerker babygroep" },
  });
  const wsp = await tx.user.findUniqueOrThrow({ where: { email: "wsp@rijnmond.demo" } });
  await tx.consentRecord.create({
    data: {
      personId: hamza.id,
      organizationId: kinderrijk.id,
      purpose: "SHARE_WITH_EMPLOYER",
      givenAt: at("2026-11-13T10:00:00Z"),
      withdrawnAt: at("2026-11-20T10:00:00Z"),
      recordedByUserId: wsp.id,
    },
  });
  await tx.referral.create({
    data: {
      regionOrganizationId: regionId,
      employerOrganizationId: kinderrijk.id,
      partnerOrganizationId: hamza.registration!.partnerOrganizationId,
      personId: hamza.id,
      vacancyId: vacancy.id,
      status: "WITHDRAWN",
      reason: "Werkte drie jaar als onderwijsassistent; wil graag op de babygroep.",
      createdByUserId: wsp.id,
      createdAt: at("2026-11-13T10:00:00Z"),
    },
  });
}
