/**
 * One member of a location's staff: a person with an employment, the credentials they brought and,
 * mostly for those not yet qualified, a development path with its steps, evidence, training request,
 * enrolment with exam results, credential and funding.
 */
import { DEMO_WORK_PROCESSES as WP } from "../seed/work-processes.ts";
import { type Generation, day } from "./national-context.ts";
import { generateExamResults } from "./national-exam-results.ts";
import { generateHeldCredentials } from "./national-held-credentials.ts";
import type { SchoolRow } from "./national-schools.ts";

export interface StaffPlace {
  employerId: string;
  locationId: string;
  /** The employer's admin, who records what staff brought. */
  adminId: string;
  /** The employer's praktijkopleider, who guides and judges every path. */
  trainerId: string;
  /** The school the employer works with. */
  school: SchoolRow;
}

export async function generateStaffMember(
  g: Generation,
  { employerId, locationId, adminId, trainerId, school }: StaffPlace,
): Promise<void> {
  const { random, today, past, id, name, write } = g;
  const { persons, employments, paths, stepRecords, evidence, requests, enrolments, credentials, funding } =
    write;
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
  const goal = !onPath
    ? null
    : functionId === "pedagogisch-medewerker"
      ? "GPM"
      : functionId === "groepshulp"
        ? random.pick(["pv-helpende-zorg-welzijn", "OIK", "C0125"])
        : "PMK";
  await generateHeldCredentials(g, { personId, employerId, adminId, functionId, contractStart, goal });
  if (goal === null) return;
  const pathId = id("dp");
  const currentStep = random.int(1, 8);
  const isBbl = functionId === "beroepskracht-in-opleiding";
  const startedAt = day(today, -random.int(10, 700));
  // A path that is no longer running says why and when it ended (the database checks it).
  const stopped = random.chance(0.05);
  await paths.add([
    pathId,
    personId,
    employerId,
    trainerId,
    currentStep,
    stopped ? "STOPPED" : "ACTIVE",
    functionId === "groepshulp" ? "groepshulp" : "pedagogisch-medewerker",
    goal,
    isBbl ? "BBL" : "DERDE_LEERWEG",
    startedAt,
    day(today, random.int(-20, 180)),
    startedAt,
    stopped ? "STOPPED_WITHOUT_RESULT" : null,
    stopped ? today : null,
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
      null,
      null,
    ]);
  }
  const matchingOffer = school.offers.find((candidate) => candidate.offer.credentialId === goal);
  if (currentStep >= 7 && matchingOffer) {
    const accepted = random.chance(0.6);
    await requests.add([
      id("tr"),
      employerId,
      school.id,
      personId,
      pathId,
      matchingOffer.id,
      goal,
      matchingOffer.offer.learningRoute,
      accepted ? "ACCEPTED" : "SUBMITTED",
    ]);
    if (accepted) {
      const enrolmentId = id("en");
      const startsOn = day(startedAt, 150);
      await enrolments.add([
        enrolmentId,
        school.id,
        employerId,
        personId,
        matchingOffer.id,
        goal,
        matchingOffer.offer.learningRoute,
        locationId,
        trainerId,
        startsOn,
        day(startsOn, matchingOffer.offer.weeks * 7),
        random.int(2, 8),
      ]);
      await generateExamResults(g, { personId, enrolmentId, credentialId: goal, school, startsOn });
    }
  }
  if (random.chance(0.15)) {
    await credentials.add([
      id("ic"),
      personId,
      "CERTIFICATE",
      "C0125",
      [...WP.c0125],
      school.id,
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
