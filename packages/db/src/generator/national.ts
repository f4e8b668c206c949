/**
 * A national-scale dataset for benchmarks: 35 regions, ~70 schools, ~3,000 employers with
 * ~10,000 locations and ~130,000 persons, a third of them on a development path with evidence.
 * Deterministic for a given seed, scale and day. Generated rows have ids starting with "gen-", so the
 * dataset sits beside the demo data and can be recognised. Every date of something that happened
 * (evidence, a signature, a completed step, an issued credential, a referral) falls on or before
 * `today`, as the product's own rules accept nothing else.
 */
import type { SqlRunner } from "../database.ts";
import { DEMO_WORK_PROCESSES as WP } from "../seed/work-processes.ts";
import { BulkInsert, type Random, createRandom } from "./bulk.ts";
import { LABOUR_MARKET_REGIONS } from "./regions.ts";

export interface NationalOptions {
  /** 1 = national size; 0.1 = a tenth (regions stay 35). */
  scale: number;
  seed?: number;
  /** argon2id hash used for every generated account (the demo passphrase). */
  passwordHash: string;
  /** The day the dataset is generated for (only its UTC date counts); the real today by default. */
  today?: Date;
}

const GIVEN_NAMES = [
  "Anna",
  "Sophie",
  "Emma",
  "Fleur",
  "Lisa",
  "Noor",
  "Sara",
  "Julia",
  "Fatima",
  "Aylin",
  "Ilse",
  "Mila",
  "Yara",
  "Lotte",
  "Eva",
  "Tess",
  "Daan",
  "Sem",
  "Milan",
  "Omar",
  "Ruben",
  "Kim",
  "Priya",
  "Olga",
  "Marieke",
  "Esther",
  "Ellen",
  "Miriam",
  "Naima",
  "Chantal",
];
const FAMILY_NAMES = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "van Dijk",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "El Idrissi",
  "Yilmaz",
  "Kaya",
  "Ramdin",
  "Pinas",
  "Kovač",
  "Nowak",
  "Özdemir",
  "Bouzid",
  "Verbeek",
  "Koster",
  "Prins",
  "Huisman",
  "Kramer",
];
const LOCATION_WORDS = [
  "De Boomhut",
  "Het Vlindernest",
  "De Ontdekkers",
  "Zonnestraal",
  "De Speeltuin",
  "Het Kabouterhuis",
  "De Regenboog",
  "Klavertje Vier",
  "De Rakkers",
  "Het Avontuur",
  "De Notenkraker",
  "Duimelot",
];

const LOCATION_TYPES = [
  {
    type: "KDV",
    weight: 0.5,
    groups: [
      ["Baby's", 0, 12, 9],
      ["Dreumesen", 12, 24, 12],
      ["Peuters", 24, 48, 16],
    ],
  },
  {
    type: "BSO",
    weight: 0.35,
    groups: [
      ["Onderbouw", 48, 84, 20],
      ["Bovenbouw", 84, 156, 24],
    ],
  },
  { type: "PEUTEROPVANG", weight: 0.12, groups: [["Peutergroep", 24, 48, 16]] },
  { type: "GASTOUDERBUREAU", weight: 0.03, groups: [] },
] as const;

const OFFERS = [
  {
    title: "Pedagogisch medewerker kinderopvang (BBL)",
    credentialId: "PMK",
    crebo: "25696",
    learningRoute: "BBL",
    weeks: 104,
  },
  {
    title: "Certificaat Pedagogisch klimaat in de kinderopvang",
    credentialId: "C0125",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 20,
  },
  {
    title: "Certificaat Ontwikkeling en spelen stimuleren",
    credentialId: "C0123",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 20,
  },
  {
    title: "Certificaat Professioneel samenwerken en communiceren",
    credentialId: "C0126",
    crebo: "25696",
    learningRoute: "DERDE_LEERWEG",
    weeks: 16,
  },
  {
    title: "Praktijkverklaring Helpende zorg en welzijn",
    credentialId: "pv-helpende-zorg-welzijn",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    weeks: 30,
  },
  {
    title: "Certificaat Ondersteuning in de kinderopvang",
    credentialId: "OIK",
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    weeks: 26,
  },
  {
    title: "Gespecialiseerd pedagogisch medewerker (BBL)",
    credentialId: "GPM",
    crebo: "25697",
    learningRoute: "BBL",
    weeks: 156,
  },
] as const;

/** Larger regions get proportionally more employers. */
const REGION_WEIGHT: Record<string, number> = {
  AM18: 3,
  AM22: 2.5,
  AM21: 2,
  AM13: 2,
  AM28: 1.5,
  AM19: 1.3,
  AM26: 1.2,
};

const day = (base: Date, offsetDays: number) => new Date(base.getTime() + offsetDays * 86_400_000);
/** The start of the UTC day `date` falls in. */
const utcDay = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);

function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let ticket = random.next() * total;
  for (const item of items) {
    ticket -= weight(item);
    if (ticket <= 0) return item;
  }
  return items[items.length - 1] as T;
}

export interface NationalCounts {
  [table: string]: number;
}

export async function generateNationalDataset(
  sql: SqlRunner,
  options: NationalOptions,
): Promise<NationalCounts> {
  const [existing] = await sql.query<{ count: number }>(
    `SELECT count(*)::int AS "count" FROM "Organization" WHERE "id" LIKE 'gen-%'`,
  );
  if ((existing?.count ?? 0) > 0) {
    throw new Error("This database already holds the national dataset; use a fresh DATA_DIR or database.");
  }
  const random = createRandom(options.seed ?? 20_261_123);
  const today = utcDay(options.today ?? new Date());
  /** A date of something that has happened: never after today. */
  const past = (date: Date) => (date > today ? today : date);
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));
  // Writers are created parents-first; each may refer to any table created before it.
  const writers: BulkInsert[] = [];
  const writer = (table: string, columns: string[]) => {
    const bulk = new BulkInsert(sql, table, columns, [...writers]);
    writers.push(bulk);
    return bulk;
  };

  const organizations = writer("Organization", [
    "id",
    "kind",
    "name",
    "regionCode",
    "registryNumber",
    "city",
  ]);
  const regionMemberships = writer("RegionMembership", ["id", "organizationId", "regionOrganizationId"]);
  const users = writer("User", ["id", "email", "passwordHash", "displayName"]);
  const memberships = writer("Membership", ["id", "userId", "organizationId", "role"]);
  const locations = writer("Location", ["id", "employerOrganizationId", "name", "type", "lrkNumber", "city"]);
  const groups = writer("LocationGroup", [
    "id",
    "locationId",
    "employerOrganizationId",
    "name",
    "minAgeMonths",
    "maxAgeMonths",
    "maxChildren",
  ]);
  const recognitions = writer("SbbRecognition", [
    "id",
    "employerOrganizationId",
    "crebo",
    "learningRoute",
    "status",
    "recognisedFrom",
    "reviewDue",
  ]);
  const offers = writer("TrainingOffer", [
    "id",
    "schoolOrganizationId",
    "title",
    "credentialId",
    "crebo",
    "learningRoute",
    "format",
    "durationWeeks",
    "hoursPerWeek",
    "publishedAt",
  ]);
  const offerStarts = writer("TrainingOfferStart", ["id", "trainingOfferId", "startsOn", "capacity"]);
  const persons = writer("Person", [
    "id",
    "kind",
    "givenName",
    "familyName",
    "employerOrganizationId",
    "registeredByOrganizationId",
    "createdAt",
  ]);
  const employments = writer("Employment", [
    "id",
    "personId",
    "employerOrganizationId",
    "locationId",
    "functionId",
    "hoursPerWeek",
    "contractStart",
    "contractEnd",
    "isFormativelyDeployed",
  ]);
  const paths = writer("DevelopmentPath", [
    "id",
    "personId",
    "employerOrganizationId",
    "workplaceTrainerUserId",
    "currentStep",
    "status",
    "goalFunctionId",
    "goalCredentialId",
    "learningRoute",
    "startedAt",
    "nextReviewAt",
    "createdAt",
  ]);
  const stepRecords = writer("PathStepRecord", [
    "id",
    "developmentPathId",
    "step",
    "completedAt",
    "completedByUserId",
  ]);
  const evidence = writer("Evidence", [
    "id",
    "personId",
    "developmentPathId",
    "employerOrganizationId",
    "workProcessId",
    "kind",
    "result",
    "assessorUserId",
    "recordedByUserId",
    "assessedOn",
    "signedAt",
    "signedByUserId",
  ]);
  const credentials = writer("IssuedCredential", [
    "id",
    "personId",
    "kind",
    "credentialId",
    "workProcessIds",
    "schoolOrganizationId",
    "employerOrganizationId",
    "issuedOn",
  ]);
  const requests = writer("TrainingRequest", [
    "id",
    "employerOrganizationId",
    "schoolOrganizationId",
    "personId",
    "developmentPathId",
    "trainingOfferId",
    "credentialId",
    "learningRoute",
    "status",
  ]);
  const enrolments = writer("Enrolment", [
    "id",
    "schoolOrganizationId",
    "employerOrganizationId",
    "personId",
    "trainingOfferId",
    "credentialId",
    "learningRoute",
    "locationId",
    "workplaceTrainerUserId",
    "pokStartDate",
    "pokEndDate",
    "pokHoursPerWeek",
  ]);
  const vacancies = writer("Vacancy", [
    "id",
    "employerOrganizationId",
    "locationId",
    "functionId",
    "title",
    "hoursPerWeek",
    "status",
    "publishedAt",
  ]);
  const referrals = writer("Referral", [
    "id",
    "regionOrganizationId",
    "employerOrganizationId",
    "partnerOrganizationId",
    "personId",
    "vacancyId",
    "status",
    "reason",
    "createdAt",
  ]);
  const consents = writer("ConsentRecord", ["id", "personId", "organizationId", "purpose", "givenAt"]);
  const funding = writer("FundingApplication", [
    "id",
    "employerOrganizationId",
    "personId",
    "developmentPathId",
    "instrumentId",
    "status",
    "amountRequestedCents",
  ]);

  let sequence = 0;
  const id = (prefix: string) => `gen-${prefix}-${(sequence++).toString(36)}`;
  const name = () => [random.pick(GIVEN_NAMES), random.pick(FAMILY_NAMES)] as const;
  const addUser = async (email: string, organizationId: string, role: string) => {
    const userId = id("u");
    const [given, family] = name();
    await users.add([userId, email, options.passwordHash, `${given} ${family}`]);
    await memberships.add([id("m"), userId, organizationId, role]);
    return userId;
  };

  // ── regions (reusing region organisations that already exist, e.g. from the demo) ──
  const existingRegions = new Map(
    (
      await sql.query<{ id: string; regionCode: string }>(
        `SELECT "id", "regionCode" FROM "Organization" WHERE "kind" = 'REGION'`,
      )
    ).map((row) => [row.regionCode, row.id]),
  );
  interface RegionRow {
    id: string;
    code: string;
    city: string;
    partnerIds: string[];
    schoolIds: string[];
    employerIds: string[];
  }
  const regions: RegionRow[] = [];
  for (const region of LABOUR_MARKET_REGIONS) {
    let regionId = existingRegions.get(region.code);
    if (!regionId) {
      regionId = id("r");
      await organizations.add([
        regionId,
        "REGION",
        `Arbeidsmarktregio ${region.name}`,
        region.code,
        null,
        region.city,
      ]);
    }
    const partnerIds = [id("o"), id("o")];
    await organizations.add([partnerIds[0], "PARTNER", `UWV ${region.name}`, null, null, region.city]);
    await organizations.add([partnerIds[1], "PARTNER", `Gemeente ${region.city}`, null, null, region.city]);
    for (const partnerId of partnerIds) await regionMemberships.add([id("rm"), partnerId, regionId]);
    const code = region.code.toLowerCase();
    await addUser(`coordinator@${code}.gen`, regionId, "COORDINATOR");
    await addUser(`wsp@${code}.gen`, regionId, "WSP_ADVISOR");
    regions.push({
      id: regionId,
      code: region.code,
      city: region.city,
      partnerIds,
      schoolIds: [],
      employerIds: [],
    });
  }

  // ── schools with offers ──
  const schoolCount = scaled(70);
  const offersBySchool = new Map<string, { id: string; offer: (typeof OFFERS)[number] }[]>();
  for (let n = 0; n < schoolCount; n += 1) {
    const region = regions[n % regions.length] as RegionRow;
    const schoolId = id("s");
    await organizations.add([
      schoolId,
      "SCHOOL",
      `ROC ${region.city}${n >= regions.length ? ` ${Math.floor(n / regions.length) + 1}` : ""}`,
      null,
      `9${n.toString().padStart(3, "0")}`,
      region.city,
    ]);
    await regionMemberships.add([id("rm"), schoolId, region.id]);
    await addUser(`opleidingsadviseur@school-${n}.gen`, schoolId, "TRAINING_ADVISOR");
    await addUser(`examinator@school-${n}.gen`, schoolId, "EXAMINER");
    region.schoolIds.push(schoolId);
    const schoolOffers = [];
    for (const offer of OFFERS) {
      if (!random.chance(0.8)) continue;
      const offerId = id("to");
      const format = random.pick(["ON_SITE", "HYBRID", "ONLINE", "AT_WORKPLACE"]);
      const hoursPerWeek = random.int(2, 8);
      const seats = random.int(12, 30);
      const startDate = day(today, random.int(30, 180));
      await offers.add([
        offerId,
        schoolId,
        offer.title,
        offer.credentialId,
        offer.crebo,
        offer.learningRoute,
        format,
        offer.weeks,
        hoursPerWeek,
        day(today, -random.int(10, 200)),
      ]);
      // Employers see an offer as open through its start moments.
      await offerStarts.add([id("tos"), offerId, startDate, seats]);
      schoolOffers.push({ id: offerId, offer });
    }
    offersBySchool.set(schoolId, schoolOffers);
  }
  // A region without its own school uses the nearest one in the list.
  for (const [index, region] of regions.entries()) {
    if (region.schoolIds.length === 0)
      region.schoolIds.push(...(regions[index % schoolCount]?.schoolIds ?? []));
  }

  // ── employers, locations, staff and paths ──
  const employerCount = scaled(3_000);
  const locationTarget = scaled(10_000);
  let locationsLeft = locationTarget;
  let lrk = 0;
  for (let n = 0; n < employerCount; n += 1) {
    const region = weightedPick(random, regions, (r) => REGION_WEIGHT[r.code] ?? 1);
    const employerId = id("e");
    await organizations.add([
      employerId,
      "EMPLOYER",
      `Kinderopvang ${random.pick(LOCATION_WORDS)} ${n + 1}`,
      null,
      (40_000_000 + n).toString(),
      region.city,
    ]);
    await regionMemberships.add([id("rm"), employerId, region.id]);
    region.employerIds.push(employerId);
    await addUser(`admin@werkgever-${n}.gen`, employerId, "ADMIN");
    const trainerId = await addUser(`praktijkopleider@werkgever-${n}.gen`, employerId, "WORKPLACE_TRAINER");
    for (const [crebo, route, p] of [
      ["25696", "DERDE_LEERWEG", 0.7],
      ["25696", "BBL", 0.5],
      ["25498", "DERDE_LEERWEG", 0.35],
    ] as const) {
      if (random.chance(p))
        await recognitions.add([
          id("sbb"),
          employerId,
          crebo,
          route,
          "ACTIVE",
          day(today, -random.int(30, 1400)),
          day(today, random.int(30, 1400)),
        ]);
    }
    // Most employers have a few locations, a handful are large chains.
    const employersLeft = employerCount - n;
    const average = locationsLeft / employersLeft;
    const locationCount =
      employersLeft === 1
        ? Math.max(1, locationsLeft)
        : Math.max(
            1,
            Math.min(
              locationsLeft - (employersLeft - 1),
              Math.round(average * (random.chance(0.03) ? random.int(4, 12) : random.next() * 1.6 + 0.2)),
            ),
          );
    locationsLeft -= locationCount;
    const schoolId = random.pick(region.schoolIds);
    const schoolOffers = offersBySchool.get(schoolId) ?? [];
    for (let l = 0; l < locationCount; l += 1) {
      const kind = weightedPick(random, LOCATION_TYPES, (t) => t.weight);
      const locationId = id("l");
      await locations.add([
        locationId,
        employerId,
        `${kind.type === "BSO" ? "BSO" : kind.type === "KDV" ? "KDV" : ""} ${random.pick(LOCATION_WORDS)}`.trim(),
        kind.type,
        `3${(lrk++).toString().padStart(8, "0")}`,
        region.city,
      ]);
      for (const [groupName, minAge, maxAge, maxChildren] of kind.groups) {
        await groups.add([id("g"), locationId, employerId, groupName, minAge, maxAge, maxChildren]);
      }
      if (random.chance(0.15)) {
        await vacancies.add([
          id("v"),
          employerId,
          locationId,
          random.chance(0.6) ? "groepshulp" : "pedagogisch-medewerker",
          "Vacature",
          random.int(16, 32),
          "OPEN",
          day(today, -random.int(1, 90)),
        ]);
      }
      const staffCount = kind.type === "GASTOUDERBUREAU" ? random.int(2, 4) : random.int(8, 18);
      for (let s = 0; s < staffCount; s += 1) {
        const personId = id("p");
        const [given, family] = name();
        const roll = random.next();
        const functionId =
          roll < 0.78
            ? "pedagogisch-medewerker"
            : roll < 0.9
              ? "groepshulp"
              : roll < 0.96
                ? "beroepskracht-in-opleiding"
                : "pm-in-ontwikkeling";
        const contractStart = day(today, -random.int(30, 3000));
        await persons.add([personId, "STAFF", given, family, employerId, null, contractStart]);
        await employments.add([
          id("em"),
          personId,
          employerId,
          locationId,
          functionId,
          random.int(12, 36),
          contractStart,
          random.chance(0.3) ? day(contractStart, 365) : null,
          functionId === "beroepskracht-in-opleiding",
        ]);
        const onPath = functionId !== "pedagogisch-medewerker" ? random.chance(0.85) : random.chance(0.1);
        if (!onPath) continue;
        const pathId = id("dp");
        const currentStep = random.int(1, 8);
        const isBbl = functionId === "beroepskracht-in-opleiding";
        const goal =
          functionId === "pedagogisch-medewerker"
            ? "GPM"
            : functionId === "groepshulp"
              ? random.pick(["pv-helpende-zorg-welzijn", "OIK", "C0125"])
              : "PMK";
        const startedAt = day(today, -random.int(10, 700));
        await paths.add([
          pathId,
          personId,
          employerId,
          trainerId,
          currentStep,
          random.chance(0.05) ? "STOPPED" : "ACTIVE",
          functionId === "groepshulp" ? "groepshulp" : "pedagogisch-medewerker",
          goal,
          isBbl ? "BBL" : "DERDE_LEERWEG",
          startedAt,
          day(today, random.int(-20, 180)),
          startedAt,
        ]);
        for (let step = 1; step < currentStep; step += 1) {
          await stepRecords.add([id("sr"), pathId, step, past(day(startedAt, step * 20)), trainerId]);
        }
        const pool = goal === "pv-helpende-zorg-welzijn" || goal === "OIK" ? WP.hzw : WP.pw;
        const evidenceCount = random.int(0, Math.min(pool.length, currentStep + 1));
        for (let e = 0; e < evidenceCount; e += 1) {
          const signed = random.chance(0.7);
          const assessedOn = past(day(startedAt, random.int(5, 300)));
          await evidence.add([
            id("ev"),
            personId,
            pathId,
            employerId,
            pool[e],
            "PRACTICE_ASSESSMENT",
            signed ? "MASTERED" : random.pick(["NOT_YET", "MASTERED"]),
            trainerId,
            trainerId,
            assessedOn,
            signed ? past(day(assessedOn, 1)) : null,
            signed ? trainerId : null,
          ]);
        }
        const matchingOffer = schoolOffers.find((candidate) => candidate.offer.credentialId === goal);
        if (currentStep >= 7 && matchingOffer) {
          const accepted = random.chance(0.6);
          await requests.add([
            id("tr"),
            employerId,
            schoolId,
            personId,
            pathId,
            matchingOffer.id,
            goal,
            matchingOffer.offer.learningRoute,
            accepted ? "ACCEPTED" : "SUBMITTED",
          ]);
          if (accepted) {
            await enrolments.add([
              id("en"),
              schoolId,
              employerId,
              personId,
              matchingOffer.id,
              goal,
              matchingOffer.offer.learningRoute,
              locationId,
              trainerId,
              day(startedAt, 150),
              day(startedAt, 150 + matchingOffer.offer.weeks * 7),
              random.int(2, 8),
            ]);
          }
        }
        if (random.chance(0.15)) {
          await credentials.add([
            id("ic"),
            personId,
            "CERTIFICATE",
            "C0125",
            [...WP.c0125],
            schoolId,
            employerId,
            past(day(startedAt, random.int(100, 400))),
          ]);
        }
        if (functionId === "groepshulp" && random.chance(0.2)) {
          await funding.add([
            id("fa"),
            employerId,
            personId,
            pathId,
            random.pick(["subsidie-groepshulpen", "praktijkleren-derde-leerweg"]),
            random.pick(["SUBMITTED", "GRANTED", "DRAFT"]),
            random.int(100_000, 1_000_000),
          ]);
        }
      }
    }
  }

  // ── candidates registered by the region desks, some referred ──
  for (const region of regions) {
    const candidates = scaled(120) * (REGION_WEIGHT[region.code] ?? 1);
    for (let c = 0; c < candidates; c += 1) {
      const personId = id("p");
      const [given, family] = name();
      const registeredAt = day(today, -random.int(1, 365));
      await persons.add([personId, "CANDIDATE", given, family, null, region.id, registeredAt]);
      if (!random.chance(0.85)) continue;
      await consents.add([id("cr"), personId, region.id, "REGION_FOLLOW_UP", registeredAt]);
      if (region.employerIds.length > 0 && random.chance(0.5)) {
        await referrals.add([
          id("rf"),
          region.id,
          random.pick(region.employerIds),
          random.pick(region.partnerIds),
          personId,
          null,
          random.pick(["PROPOSED", "INTRODUCED", "HIRED", "DECLINED"]),
          "Past bij het profiel van groepshulp.",
          past(day(registeredAt, random.int(1, 60))),
        ]);
      }
    }
  }

  for (const bulk of writers) await bulk.flush();
  return Object.fromEntries(writers.map((bulk) => [bulk.table, bulk.count]));
}
