/**
 * Demo data for a first start: one region desk with its partners, two employers, two schools, the
 * three personas of the Ontwikkelpad (Ellen, Miriam, Milan) at realistic stages, and one login per
 * role. Seeds only an empty database, in one transaction, so a restart never duplicates it.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient, Role } from "../../generated/prisma/client.ts";
import { seedDemoClasses } from "./demo-classes.ts";
import { seedHeldCredentials } from "./demo-held-credentials.ts";
import { seedDemoExamResults } from "./demo-exam-results.ts";
import { seedDemoIssuing } from "./demo-issuing.ts";
import { seedDemoSchool } from "./demo-school.ts";
import { seedDemoSubsidy } from "./demo-subsidy.ts";
import { seedDemoRegion } from "./demo-region.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

/** All demo accounts share one passphrase: it is printed on start, it protects nothing real. */
export const DEMO_PASSWORD = "Ontwikkelpad-demo-2026";

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  organisation: string;
  /** Portal path where this role works. */
  portal: "/werkgever/" | "/school/" | "/regio/";
}

const EMPLOYER = "Kinderrijk";
const SECOND_EMPLOYER = "Kinderopvang Zonnebloem";
const SCHOOL = "ROC De Maasoever";
const SECOND_SCHOOL = "ROC Hofstad";
const REGION = "Arbeidsmarktregio Rijnmond";
const PARTNER = "UWV Rotterdam";

const login = (email: string, role: Role, organisation: string, portal: DemoLogin["portal"]): DemoLogin => ({
  email,
  password: DEMO_PASSWORD,
  role,
  organisation,
  portal,
});

/** One login per role. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  login("hr@kinderrijk.demo", "ADMIN", EMPLOYER, "/werkgever/"),
  login("praktijkopleider@kinderrijk.demo", "WORKPLACE_TRAINER", EMPLOYER, "/werkgever/"),
  login("leidinggevende@kinderrijk.demo", "MANAGER", EMPLOYER, "/werkgever/"),
  login("opleidingsadviseur@maasoever.demo", "TRAINING_ADVISOR", SCHOOL, "/school/"),
  login("docent@maasoever.demo", "TEACHER", SCHOOL, "/school/"),
  login("examinator@maasoever.demo", "EXAMINER", SCHOOL, "/school/"),
  login("examencommissie@maasoever.demo", "EXAM_COMMITTEE", SCHOOL, "/school/"),
  login("coordinator@rijnmond.demo", "COORDINATOR", REGION, "/regio/"),
  login("wsp@rijnmond.demo", "WSP_ADVISOR", REGION, "/regio/"),
  login("lwl@rijnmond.demo", "LWL_ADVISOR", REGION, "/regio/"),
  login("intake@uwv-rotterdam.demo", "INTAKE", PARTNER, "/regio/"),
];

/** Accounts that exist besides DEMO_LOGINS (same passphrase): the second employer and school. */
const OTHER_ACCOUNTS = [
  { email: "hr@zonnebloem.demo", role: "ADMIN", organisation: SECOND_EMPLOYER, name: "Fatima el Amrani" },
  {
    email: "praktijkopleider@zonnebloem.demo",
    role: "WORKPLACE_TRAINER",
    organisation: SECOND_EMPLOYER,
    name: "Joost de Wit",
  },
  {
    email: "opleidingsadviseur@hofstad.demo",
    role: "TRAINING_ADVISOR",
    organisation: SECOND_SCHOOL,
    name: "Priya Ramdin",
  },
  {
    email: "praktijkopleider2@kinderrijk.demo",
    role: "WORKPLACE_TRAINER",
    organisation: EMPLOYER,
    name: "Kees Vermeulen",
  },
] as const;

const DISPLAY_NAMES: Record<string, string> = {
  "hr@kinderrijk.demo": "Annemieke Jansen",
  "praktijkopleider@kinderrijk.demo": "Sanne de Vries",
  "leidinggevende@kinderrijk.demo": "Mohamed Bouzid",
  "opleidingsadviseur@maasoever.demo": "Ingrid Bakker",
  "docent@maasoever.demo": "Ruben Koster",
  "examinator@maasoever.demo": "Hanneke Smit",
  "examencommissie@maasoever.demo": "Wilma Hoekstra",
  "coordinator@rijnmond.demo": "Marleen Visser",
  "wsp@rijnmond.demo": "Dennis Pranger",
  "lwl@rijnmond.demo": "Esra Yilmaz",
  "intake@uwv-rotterdam.demo": "Tom Hendriks",
};

export interface SeedResult {
  seeded: boolean;
}

/** Advisory lock of the demo seed (the migrations hold another). */
const SEED_LOCK_KEY = 4_126_204;

export async function seedDemo(prisma: PrismaClient): Promise<SeedResult> {
  if ((await prisma.organization.count()) > 0) return { seeded: false };
  // Hash outside the transaction: argon2id is deliberately slow and would hold the transaction open.
  const accounts = [
    ...DEMO_LOGINS.map((demo) => ({ ...demo, name: DISPLAY_NAMES[demo.email] ?? demo.email })),
    ...OTHER_ACCOUNTS,
  ];
  const passwordHashes = await Promise.all(accounts.map(() => hash(DEMO_PASSWORD)));

  return prisma.$transaction(
    async (tx) => {
      // Two processes starting at once on an empty database: the lock makes the second wait for the
      // first to commit, and the check again inside it then finds the seed.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if ((await tx.organization.count()) > 0) return { seeded: false };

      // ── regions and partner organisations ──
      const region = await tx.organization.create({
        data: { kind: "REGION", name: REGION, regionCode: "AM22", city: "Rotterdam" },
      });
      const haaglanden = await tx.organization.create({
        data: { kind: "REGION", name: "Arbeidsmarktregio Haaglanden", regionCode: "AM21", city: "Den Haag" },
      });
      await tx.organization.create({
        data: {
          kind: "REGION",
          name: "Arbeidsmarktregio Groot Amsterdam",
          regionCode: "AM18",
          city: "Amsterdam",
        },
      });
      const uwv = await tx.organization.create({
        data: { kind: "PARTNER", name: PARTNER, city: "Rotterdam" },
      });
      const gemeente = await tx.organization.create({
        data: { kind: "PARTNER", name: "Gemeente Rotterdam", city: "Rotterdam" },
      });

      // ── employers, locations and groups ──
      const employer = await tx.organization.create({
        data: { kind: "EMPLOYER", name: EMPLOYER, city: "Rotterdam", registryNumber: "90000001" },
      });
      const zonnebloem = await tx.organization.create({
        data: { kind: "EMPLOYER", name: SECOND_EMPLOYER, city: "Schiedam", registryNumber: "90000002" },
      });
      const school = await tx.organization.create({
        data: { kind: "SCHOOL", name: SCHOOL, city: "Rotterdam", registryNumber: "99XA" },
      });
      const hofstad = await tx.organization.create({
        data: { kind: "SCHOOL", name: SECOND_SCHOOL, city: "Den Haag", registryNumber: "99XB" },
      });
      await tx.regionMembership.createMany({
        data: [
          { organizationId: employer.id, regionOrganizationId: region.id },
          { organizationId: zonnebloem.id, regionOrganizationId: region.id },
          { organizationId: zonnebloem.id, regionOrganizationId: haaglanden.id },
          { organizationId: school.id, regionOrganizationId: region.id },
          { organizationId: hofstad.id, regionOrganizationId: haaglanden.id },
          { organizationId: uwv.id, regionOrganizationId: region.id },
          { organizationId: gemeente.id, regionOrganizationId: region.id },
        ],
      });

      const location = async (
        employerOrganizationId: string,
        data: {
          name: string;
          type: "KDV" | "BSO" | "PEUTEROPVANG" | "GASTOUDERBUREAU";
          lrkNumber: string;
          city: string;
          street: string;
          postalCode: string;
        },
        groups: { name: string; minAgeMonths: number; maxAgeMonths: number; maxChildren: number }[],
      ) =>
        tx.location.create({
          data: {
            ...data,
            employerOrganizationId,
            groups: { create: groups.map((group) => ({ ...group, employerOrganizationId })) },
          },
        });
      const boomhut = await location(
        employer.id,
        {
          name: "KDV De Boomhut",
          type: "KDV",
          lrkNumber: "100000001",
          city: "Rotterdam",
          street: "Beukelsdijk 12",
          postalCode: "3022 DA",
        },
        [
          { name: "Baby's", minAgeMonths: 0, maxAgeMonths: 12, maxChildren: 9 },
          { name: "Dreumesen", minAgeMonths: 12, maxAgeMonths: 24, maxChildren: 10 },
          { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
        ],
      );
      const ontdekkers = await location(
        employer.id,
        {
          name: "BSO De Ontdekkers",
          type: "BSO",
          lrkNumber: "100000002",
          city: "Rotterdam",
          street: "Schiekade 40",
          postalCode: "3032 AJ",
        },
        [
          { name: "Onderbouw", minAgeMonths: 48, maxAgeMonths: 84, maxChildren: 20 },
          { name: "Bovenbouw", minAgeMonths: 84, maxAgeMonths: 156, maxChildren: 24 },
        ],
      );
      await location(
        employer.id,
        {
          name: "Peuteropvang Het Kraaiennest",
          type: "PEUTEROPVANG",
          lrkNumber: "100000003",
          city: "Rotterdam",
          street: "Kraaiennest 3",
          postalCode: "3085 AB",
        },
        [{ name: "Peutergroep", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 }],
      );
      await location(
        employer.id,
        {
          name: "KDV Maaskade",
          type: "KDV",
          lrkNumber: "100000004",
          city: "Rotterdam",
          street: "Maaskade 101",
          postalCode: "3071 NK",
        },
        [
          { name: "Verticale groep", minAgeMonths: 0, maxAgeMonths: 48, maxChildren: 12 },
          { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
        ],
      );
      const delfshaven = await location(
        zonnebloem.id,
        {
          name: "KDV Zonnebloem Delfshaven",
          type: "KDV",
          lrkNumber: "200000001",
          city: "Rotterdam",
          street: "Havenstraat 8",
          postalCode: "3024 SJ",
        },
        [
          { name: "Baby's", minAgeMonths: 0, maxAgeMonths: 12, maxChildren: 6 },
          { name: "Peuters", minAgeMonths: 24, maxAgeMonths: 48, maxChildren: 16 },
        ],
      );
      await location(
        zonnebloem.id,
        {
          name: "BSO Zonnebloem Schiedam",
          type: "BSO",
          lrkNumber: "200000002",
          city: "Schiedam",
          street: "Lange Haven 55",
          postalCode: "3111 CD",
        },
        [{ name: "BSO-groep", minAgeMonths: 48, maxAgeMonths: 156, maxChildren: 22 }],
      );
      await location(
        zonnebloem.id,
        {
          name: "Gastouderbureau Zonnebloem",
          type: "GASTOUDERBUREAU",
          lrkNumber: "200000003",
          city: "Schiedam",
          street: "Lange Haven 55",
          postalCode: "3111 CD",
        },
        [],
      );

      // Kinderrijk is recognised for PMK and HZW in the derde leerweg, but not yet for PMK via
      // BBL — the route Milan wants: the portal should warn that the recognition needs extending.
      await tx.sbbRecognition.createMany({
        data: [
          {
            employerOrganizationId: employer.id,
            crebo: "25696",
            learningRoute: "DERDE_LEERWEG",
            status: "ACTIVE",
            recognisedFrom: day("2023-09-01"),
            reviewDue: day("2027-09-01"),
          },
          {
            employerOrganizationId: employer.id,
            crebo: "25498",
            learningRoute: "DERDE_LEERWEG",
            status: "ACTIVE",
            recognisedFrom: day("2023-09-01"),
            reviewDue: day("2027-09-01"),
          },
          {
            employerOrganizationId: employer.id,
            locationId: ontdekkers.id,
            crebo: "25498",
            learningRoute: "BBL",
            status: "EXPIRED",
            recognisedFrom: day("2021-03-01"),
            reviewDue: day("2025-03-01"),
            endedAt: day("2025-03-01"),
          },
          {
            employerOrganizationId: zonnebloem.id,
            crebo: "25696",
            learningRoute: "BBL",
            status: "ACTIVE",
            recognisedFrom: day("2024-02-01"),
            reviewDue: day("2028-02-01"),
          },
          {
            employerOrganizationId: zonnebloem.id,
            crebo: "25697",
            learningRoute: "BBL",
            status: "REQUESTED",
          },
        ],
      });

      // ── accounts ──
      const orgByName = new Map(
        [region, uwv, employer, zonnebloem, school, hofstad].map((organization) => [
          organization.name,
          organization.id,
        ]),
      );
      const users = new Map<string, string>();
      for (const [index, account] of accounts.entries()) {
        const organizationId = orgByName.get(account.organisation);
        if (!organizationId) throw new Error(`Demo organisation ${account.organisation} is missing`);
        const user = await tx.user.create({
          data: {
            email: account.email,
            displayName: account.name,
            passwordHash: passwordHashes[index] as string,
            memberships: {
              create: {
                organizationId,
                role: account.role,
                // Guidance time shows the praktijkopleiders' load on the organisation page.
                ...(account.role === "WORKPLACE_TRAINER" ? { hoursPerWeek: 6 } : {}),
              },
            },
          },
        });
        users.set(account.email, user.id);
      }
      const userId = (email: string) => {
        const id = users.get(email);
        if (!id) throw new Error(`Demo user ${email} is missing`);
        return id;
      };
      const trainer = userId("praktijkopleider@kinderrijk.demo");
      const manager = userId("leidinggevende@kinderrijk.demo");
      const examiner = userId("examinator@maasoever.demo");
      const teacher = userId("docent@maasoever.demo");
      // The coordinator also works for the neighbouring region: shows switching organisations.
      await tx.membership.create({
        data: {
          userId: userId("coordinator@rijnmond.demo"),
          organizationId: haaglanden.id,
          role: "COORDINATOR",
        },
      });

      // ── training offers: a workplace trajectory runs on demand with its seats as the maximum at
      // the same time, every other offer has its start date as a start moment with that capacity ──
      const offer = (
        schoolOrganizationId: string,
        {
          seats,
          startDate,
          ...offerData
        }: {
          title: string;
          credentialId: string;
          crebo?: string;
          learningRoute: "BBL" | "DERDE_LEERWEG" | "BOL";
          format: "ON_SITE" | "HYBRID" | "ONLINE" | "AT_WORKPLACE";
          durationWeeks: number;
          hoursPerWeek: number;
          priceCents: number;
          seats: number;
          startDate: string;
          description: string;
        },
      ) => {
        const onDemand = offerData.format === "AT_WORKPLACE";
        return tx.trainingOffer.create({
          data: {
            ...offerData,
            schoolOrganizationId,
            publishedAt: at("2026-06-01T09:00:00Z"),
            onDemand,
            maxConcurrentLearners: onDemand ? seats : null,
            ...(onDemand ? {} : { starts: { create: { startsOn: day(startDate), capacity: seats } } }),
          },
        });
      };
      const pmkBbl = await offer(school.id, {
        title: "Pedagogisch medewerker kinderopvang (BBL)",
        credentialId: "PMK",
        crebo: "25696",
        learningRoute: "BBL",
        format: "HYBRID",
        durationWeeks: 104,
        hoursPerWeek: 8,
        priceCents: 275_000,
        seats: 25,
        startDate: "2027-02-01",
        description: "Twee jaar werken en leren: één dag per week les, de rest in de praktijk.",
      });
      await offer(school.id, {
        title: "Certificaat Pedagogisch klimaat in de kinderopvang",
        credentialId: "C0125",
        crebo: "25696",
        learningRoute: "DERDE_LEERWEG",
        format: "HYBRID",
        durationWeeks: 20,
        hoursPerWeek: 4,
        priceCents: 95_000,
        seats: 20,
        startDate: "2027-01-11",
        description: "Maatwerktraject voor zij-instromers, afgesloten met een examen in de praktijk.",
      });
      await offer(school.id, {
        title: "Certificaat Ontwikkeling en spelen stimuleren",
        credentialId: "C0123",
        crebo: "25696",
        learningRoute: "DERDE_LEERWEG",
        format: "HYBRID",
        durationWeeks: 20,
        hoursPerWeek: 4,
        priceCents: 95_000,
        seats: 20,
        startDate: "2027-03-01",
        description: "Vervolg op Pedagogisch klimaat.",
      });
      await offer(school.id, {
        title: "Certificaat Professioneel samenwerken en communiceren",
        credentialId: "C0126",
        crebo: "25696",
        learningRoute: "DERDE_LEERWEG",
        format: "ONLINE",
        durationWeeks: 16,
        hoursPerWeek: 3,
        priceCents: 85_000,
        seats: 30,
        startDate: "2027-04-12",
        description: "Online met twee praktijkdagen.",
      });
      const pvHzw = await offer(school.id, {
        title: "Praktijkverklaring Helpende zorg en welzijn",
        credentialId: "pv-helpende-zorg-welzijn",
        crebo: "25498",
        learningRoute: "DERDE_LEERWEG",
        format: "AT_WORKPLACE",
        durationWeeks: 30,
        hoursPerWeek: 2,
        priceCents: 60_000,
        seats: 40,
        startDate: "2026-09-01",
        description: "Leren op de werkvloer; de praktijkopleider beoordeelt, wij geven de verklaring af.",
      });
      await offer(school.id, {
        title: "Certificaat Ondersteuning in de kinderopvang",
        credentialId: "OIK",
        crebo: "25498",
        learningRoute: "DERDE_LEERWEG",
        format: "HYBRID",
        durationWeeks: 26,
        hoursPerWeek: 4,
        priceCents: 110_000,
        seats: 20,
        startDate: "2027-01-18",
        description: "Niveau 2, voor groepshulpen die meer willen doen met de kinderen.",
      });
      await offer(hofstad.id, {
        title: "Gespecialiseerd pedagogisch medewerker (BBL)",
        credentialId: "GPM",
        crebo: "25697",
        learningRoute: "BBL",
        format: "ON_SITE",
        durationWeeks: 156,
        hoursPerWeek: 8,
        priceCents: 320_000,
        seats: 20,
        startDate: "2027-02-01",
        description: "Twee jaar basis met het niveau-3-diploma, daarna een kopjaar.",
      });
      await offer(hofstad.id, {
        title: "Onderwijsassistent (BBL)",
        credentialId: "OA",
        crebo: "25698",
        learningRoute: "BBL",
        format: "ON_SITE",
        durationWeeks: 104,
        hoursPerWeek: 8,
        priceCents: 275_000,
        seats: 20,
        startDate: "2027-02-01",
        description: "Voor medewerkers die ook in het onderwijs willen werken.",
      });
      await offer(hofstad.id, {
        title: "Praktijkverklaring Assistent dienstverlening",
        credentialId: "pv-assistent-dienstverlening",
        learningRoute: "DERDE_LEERWEG",
        format: "AT_WORKPLACE",
        durationWeeks: 24,
        hoursPerWeek: 2,
        priceCents: 45_000,
        seats: 40,
        startDate: "2026-10-01",
        description: "Entree-niveau, volledig op de werkvloer.",
      });

      // ── staff: qualified pedagogisch medewerkers so the locations meet the ratio ──
      const staff = [
        ["Lotte", "van Dijk", boomhut.id],
        ["Yasmina", "Haddou", boomhut.id],
        ["Eva", "Mulder", boomhut.id],
        ["Daan", "Kramer", ontdekkers.id],
        ["Noor", "Peeters", ontdekkers.id],
        ["Chantal", "Bos", boomhut.id],
      ] as const;
      for (const [givenName, familyName, locationId] of staff) {
        await tx.person.create({
          data: {
            kind: "STAFF",
            givenName,
            familyName,
            employerOrganizationId: employer.id,
            employments: {
              create: {
                employerOrganizationId: employer.id,
                locationId,
                functionId: "pedagogisch-medewerker",
                hoursPerWeek: 28,
                contractStart: day("2022-01-01"),
              },
            },
          },
        });
      }

      // ── Ellen: groepshulp with household tasks, working towards a praktijkverklaring (step 7,
      // enrolled, most werkprocessen already judged) ──
      const ellen = await tx.person.create({
        data: {
          kind: "STAFF",
          givenName: "Ellen",
          familyName: "de Graaf",
          email: "ellen.degraaf@example.org",
          employerOrganizationId: employer.id,
          profile: { languageLevel: "2F", priorEducation: [], experienceYears: 0, vogRegistered: true },
          employments: {
            create: {
              employerOrganizationId: employer.id,
              locationId: boomhut.id,
              functionId: "groepshulp",
              hoursPerWeek: 24,
              contractStart: day("2026-03-01"),
              contractEnd: day("2027-08-31"),
            },
          },
        },
      });
      const ellenPath = await tx.developmentPath.create({
        data: {
          personId: ellen.id,
          employerOrganizationId: employer.id,
          workplaceTrainerUserId: trainer,
          currentStep: 7,
          careerPerspective: "Groepshulp op de babygroep; later meer taken met de kinderen.",
          ambition: "Laten zien wat ik in de praktijk al kan.",
          goalFunctionId: "groepshulp",
          goalCredentialId: "pv-helpende-zorg-welzijn",
          chosenRoute: "pv-helpende-zorg-welzijn",
          learningRoute: "DERDE_LEERWEG",
          learningHoursPerWeek: 2,
          trainerHoursPerWeek: 1,
          startedAt: at("2026-03-02T09:00:00Z"),
          nextReviewAt: day("2027-01-15"),
          stepRecords: {
            create: [1, 2, 3, 4, 5, 6].map((step) => ({
              step,
              completedAt: at(`2026-0${3 + Math.floor(step / 3)}-1${step}T10:00:00Z`),
              completedByUserId: trainer,
            })),
          },
        },
      });
      const ellenRequest = await tx.trainingRequest.create({
        data: {
          employerOrganizationId: employer.id,
          schoolOrganizationId: school.id,
          personId: ellen.id,
          developmentPathId: ellenPath.id,
          trainingOfferId: pvHzw.id,
          credentialId: "pv-helpende-zorg-welzijn",
          learningRoute: "DERDE_LEERWEG",
          status: "ACCEPTED",
          message: "Ellen werkt sinds maart op de babygroep.",
          responseNote: "Welkom, start 1 september.",
          createdAt: at("2026-06-01T10:00:00Z"),
          respondedAt: at("2026-06-20T12:00:00Z"),
        },
      });
      await tx.enrolment.create({
        data: {
          schoolOrganizationId: school.id,
          employerOrganizationId: employer.id,
          personId: ellen.id,
          trainingOfferId: pvHzw.id,
          trainingRequestId: ellenRequest.id,
          credentialId: "pv-helpende-zorg-welzijn",
          learningRoute: "DERDE_LEERWEG",
          locationId: boomhut.id,
          workplaceTrainerUserId: trainer,
          teacherUserId: teacher,
          pokSignedOn: day("2026-08-25"),
          pokStartDate: day("2026-09-01"),
          pokEndDate: day("2027-03-31"),
          pokHoursPerWeek: 2,
        },
      });
      const ellenJudged = [WP.hzw[0], WP.hzw[1], WP.hzw[3], WP.hzw[4], WP.hzw[6]];
      for (const [index, workProcessId] of ellenJudged.entries()) {
        await tx.evidence.create({
          data: {
            personId: ellen.id,
            developmentPathId: ellenPath.id,
            employerOrganizationId: employer.id,
            workProcessId,
            kind: "PRACTICE_ASSESSMENT",
            result: "MASTERED",
            assessorUserId: trainer,
            recordedByUserId: trainer,
            assessedOn: day(`2026-10-0${index + 1}`),
            signedAt: at(`2026-10-0${index + 1}T15:00:00Z`),
            signedByUserId: trainer,
            ...(index < 2
              ? { coSignedAt: at(`2026-10-0${index + 2}T09:00:00Z`), coSignedByUserId: manager }
              : {}),
            note: "Zelfstandig uitgevoerd tijdens de vroege dienst.",
          },
        });
      }
      await tx.evidence.create({
        data: {
          personId: ellen.id,
          developmentPathId: ellenPath.id,
          employerOrganizationId: employer.id,
          workProcessId: WP.hzw[7],
          kind: "PRACTICE_OBSERVATION",
          result: "NOT_YET",
          assessorUserId: trainer,
          recordedByUserId: trainer,
          assessedOn: day("2026-11-10"),
          note: "Helpt bij het uitje, maar bereidt het nog niet zelf voor.",
        },
      });
      await tx.fundingApplication.createMany({
        data: [
          {
            employerOrganizationId: employer.id,
            personId: ellen.id,
            developmentPathId: ellenPath.id,
            instrumentId: "praktijkleren-derde-leerweg",
            status: "GRANTED",
            amountRequestedCents: 270_000,
            amountGrantedCents: 270_000,
            submittedAt: at("2026-09-05T10:00:00Z"),
            decidedAt: at("2026-10-20T10:00:00Z"),
            externalReference: "PL-2026-004512",
          },
          {
            employerOrganizationId: employer.id,
            personId: ellen.id,
            developmentPathId: ellenPath.id,
            instrumentId: "subsidie-groepshulpen",
            status: "SUBMITTED",
            amountRequestedCents: 670_400,
            submittedAt: at("2026-11-03T10:00:00Z"),
          },
        ],
      });

      // ── Miriam: came in through the UWV and the region desk, hired as groepshulp at the BSO;
      // choosing the niveau-2 certificate (step 4) ──
      const miriam = await tx.person.create({
        data: {
          kind: "STAFF",
          givenName: "Miriam",
          familyName: "Öztürk",
          email: "miriam.ozturk@example.org",
          employerOrganizationId: employer.id,
          registeredByOrganizationId: region.id,
          profile: {
            languageLevel: "2F",
            priorEducation: ["vmbo-basis"],
            experienceYears: 2,
            vogRegistered: true,
          },
          employments: {
            create: {
              employerOrganizationId: employer.id,
              locationId: ontdekkers.id,
              functionId: "groepshulp",
              hoursPerWeek: 20,
              contractStart: day("2026-08-15"),
              contractEnd: day("2027-08-14"),
            },
          },
          consentRecords: {
            create: [
              {
                organizationId: region.id,
                purpose: "REGION_FOLLOW_UP",
                givenAt: at("2026-05-12T10:00:00Z"),
                recordedByUserId: userId("lwl@rijnmond.demo"),
              },
              // Given with the referral to Kinderrijk, as every referral records it.
              {
                organizationId: employer.id,
                purpose: "SHARE_WITH_EMPLOYER",
                givenAt: at("2026-05-20T10:00:00Z"),
                recordedByUserId: userId("wsp@rijnmond.demo"),
              },
            ],
          },
        },
      });
      const groepshulpVacancy = await tx.vacancy.create({
        data: {
          employerOrganizationId: employer.id,
          locationId: ontdekkers.id,
          functionId: "groepshulp",
          title: "Groepshulp BSO (20 uur)",
          hoursPerWeek: 20,
          openings: 2,
          status: "OPEN",
          publishedAt: at("2026-04-01T08:00:00Z"),
          closesOn: day("2026-12-31"),
        },
      });
      await tx.referral.create({
        data: {
          regionOrganizationId: region.id,
          employerOrganizationId: employer.id,
          partnerOrganizationId: uwv.id,
          personId: miriam.id,
          vacancyId: groepshulpVacancy.id,
          status: "HIRED",
          reason: "Ervaring in de horeca, wil met kinderen werken; maakt graag gezonde tussendoortjes.",
          createdByUserId: userId("wsp@rijnmond.demo"),
          createdAt: at("2026-05-20T10:00:00Z"),
          respondedAt: at("2026-07-01T10:00:00Z"),
        },
      });
      const miriamPath = await tx.developmentPath.create({
        data: {
          personId: miriam.id,
          employerOrganizationId: employer.id,
          workplaceTrainerUserId: trainer,
          currentStep: 4,
          careerPerspective: "Groepshulp op de BSO, doorgroeien binnen de eigen locatie.",
          ambition: "Ik maak nu groentesnacks; ik wil de kinderen leren zelf hun boterham te smeren.",
          goalFunctionId: "groepshulp",
          goalCredentialId: "OIK",
          learningRoute: "DERDE_LEERWEG",
          startedAt: at("2026-09-01T09:00:00Z"),
          nextReviewAt: day("2026-12-15"),
          stepRecords: {
            create: [1, 2, 3].map((step) => ({
              step,
              completedAt: at(`2026-09-1${step}T10:00:00Z`),
              completedByUserId: trainer,
            })),
          },
        },
      });
      await tx.evidence.create({
        data: {
          personId: miriam.id,
          developmentPathId: miriamPath.id,
          employerOrganizationId: employer.id,
          workProcessId: WP.hzw[4],
          kind: "PRACTICE_OBSERVATION",
          result: "NOT_YET",
          assessorUserId: trainer,
          recordedByUserId: trainer,
          assessedOn: day("2026-10-14"),
          note: "Bereidt de groentesnacks zelfstandig en hygiënisch voor.",
        },
      });

      // ── Milan: helps with outings, wants to run the BSO holiday programme → pedagogisch
      // medewerker; holds C0125 already; asked the school for the BBL route (step 7) ──
      const milan = await tx.person.create({
        data: {
          kind: "STAFF",
          givenName: "Milan",
          familyName: "Jovanović",
          email: "milan.jovanovic@example.org",
          employerOrganizationId: employer.id,
          profile: { languageLevel: "3F", priorEducation: ["havo"], experienceYears: 1, vogRegistered: true },
          employments: {
            create: {
              employerOrganizationId: employer.id,
              locationId: ontdekkers.id,
              functionId: "groepshulp",
              hoursPerWeek: 32,
              contractStart: day("2025-09-01"),
            },
          },
        },
      });
      const milanPath = await tx.developmentPath.create({
        data: {
          personId: milan.id,
          employerOrganizationId: employer.id,
          workplaceTrainerUserId: userId("praktijkopleider2@kinderrijk.demo"),
          currentStep: 7,
          careerPerspective: "Pedagogisch medewerker op de BSO, later het vakantieprogramma leiden.",
          ambition: "Het vakantieprogramma van de BSO organiseren.",
          goalFunctionId: "pedagogisch-medewerker",
          goalCredentialId: "PMK",
          chosenRoute: "PMK:BBL",
          learningRoute: "BBL",
          learningHoursPerWeek: 8,
          trainerHoursPerWeek: 2,
          startedAt: at("2026-01-10T09:00:00Z"),
          lastReviewedAt: at("2026-09-30T09:00:00Z"),
          nextReviewAt: day("2027-03-31"),
          stepRecords: {
            create: [1, 2, 3, 4, 5, 6].map((step) => ({
              step,
              completedAt: at(`2026-0${step + 1}-01T10:00:00Z`),
              completedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
            })),
          },
        },
      });
      await tx.issuedCredential.create({
        data: {
          personId: milan.id,
          kind: "CERTIFICATE",
          credentialId: "C0125",
          workProcessIds: [...WP.c0125],
          schoolOrganizationId: school.id,
          employerOrganizationId: employer.id,
          issuedByUserId: examiner,
          issuedOn: day("2026-06-30"),
        },
      });
      for (const [index, workProcessId] of WP.c0125.entries()) {
        await tx.evidence.create({
          data: {
            personId: milan.id,
            schoolOrganizationId: school.id,
            workProcessId,
            kind: "FORMAL_EXAM",
            result: "PASSED",
            assessorUserId: examiner,
            recordedByUserId: examiner,
            assessedOn: day(`2026-06-1${index}`),
            signedAt: at(`2026-06-1${index}T16:00:00Z`),
            signedByUserId: examiner,
          },
        });
      }
      await tx.evidence.create({
        data: {
          personId: milan.id,
          developmentPathId: milanPath.id,
          employerOrganizationId: employer.id,
          workProcessId: WP.pw[1],
          kind: "PRACTICE_ASSESSMENT",
          result: "MASTERED",
          assessorUserId: userId("praktijkopleider2@kinderrijk.demo"),
          recordedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
          assessedOn: day("2026-08-20"),
          signedAt: at("2026-08-20T17:00:00Z"),
          signedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
          note: "Bereidde het uitje naar het Zuiderpark volledig voor.",
        },
      });
      await tx.trainingRequest.create({
        data: {
          employerOrganizationId: employer.id,
          schoolOrganizationId: school.id,
          personId: milan.id,
          developmentPathId: milanPath.id,
          trainingOfferId: pmkBbl.id,
          credentialId: "PMK",
          learningRoute: "BBL",
          status: "SUBMITTED",
          message: "Milan heeft C0125 al; graag vrijstelling voor die werkprocessen.",
        },
      });

      // ── candidates at the region desk (not yet hired) ──
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

      // ── an adopted class with its mentor team (Rotterdam Rijnmond model) ──
      const schoolClass = await tx.schoolClass.create({
        data: {
          schoolOrganizationId: school.id,
          regionOrganizationId: region.id,
          name: "PMK-BBL Rijnmond 2026",
          credentialId: "PMK",
          cohortYear: 2026,
        },
      });
      const mentorTeam = await tx.mentorTeam.create({
        data: {
          schoolClassId: schoolClass.id,
          schoolOrganizationId: school.id,
          name: "Mentorteam Kinderrijk – De Maasoever",
          members: {
            create: [
              { userId: trainer, organizationId: employer.id },
              { userId: teacher, organizationId: school.id },
            ],
          },
        },
      });
      await tx.skillGapSignal.create({
        data: {
          mentorTeamId: mentorTeam.id,
          workProcessId: WP.pw[3],
          note: "Afstemmen met ouders bij de overdracht blijft lastig; meer oefenen met oudergesprekken.",
        },
      });
      await tx.enrolment.create({
        data: {
          schoolOrganizationId: school.id,
          employerOrganizationId: zonnebloem.id,
          personId: (
            await tx.person.create({
              data: {
                kind: "STAFF",
                givenName: "Kevin",
                familyName: "Tromp",
                employerOrganizationId: zonnebloem.id,
                employments: {
                  create: {
                    employerOrganizationId: zonnebloem.id,
                    locationId: delfshaven.id,
                    functionId: "beroepskracht-in-opleiding",
                    hoursPerWeek: 30,
                    contractStart: day("2026-09-01"),
                    isFormativelyDeployed: true,
                  },
                },
              },
            })
          ).id,
          schoolClassId: schoolClass.id,
          trainingOfferId: pmkBbl.id,
          credentialId: "PMK",
          learningRoute: "BBL",
          locationId: delfshaven.id,
          workplaceTrainerUserId: userId("praktijkopleider@zonnebloem.demo"),
          teacherUserId: teacher,
          pokSignedOn: day("2026-08-28"),
          pokStartDate: day("2026-09-01"),
          pokEndDate: day("2028-08-31"),
          pokHoursPerWeek: 30,
        },
      });
      await tx.fundingApplication.create({
        data: {
          employerOrganizationId: zonnebloem.id,
          instrumentId: "slim",
          status: "DRAFT",
          amountRequestedCents: 1_200_000,
        },
      });
      await seedHeldCredentials(tx);
      await seedDemoSchool(tx, { employer, school, boomhut, trainer, manager });
      await seedDemoExamResults(tx, {
        employer,
        school,
        location: ontdekkers,
        examiner,
        committee: userId("examencommissie@maasoever.demo"),
        teacher,
      });
      await seedDemoIssuing(tx, {
        employer,
        school,
        location: ontdekkers,
        examiner,
        committee: userId("examencommissie@maasoever.demo"),
      });
      await seedDemoRegion(tx);
      await seedDemoSubsidy(tx);
      await seedDemoClasses(tx);
      return { seeded: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
