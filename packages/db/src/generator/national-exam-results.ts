/**
 * Exam results at the school for an enrolled learner, moved along their log as the school's exam
 * pages move them: the examinator registers an exam and records what it showed, the examencommissie
 * establishes it, which writes one signed FORMAL_EXAM evidence row per werkproces. A qualification's
 * learners also sit parts of its generiek deel, which have no werkprocessen and no evidence.
 */
import { childcareCatalog, findCertificate, findQualification } from "@ontwikkelpad/core";
import { type Generation, day } from "./national-context.ts";
import type { SchoolRow } from "./national-schools.ts";

export interface ExamCandidate {
  personId: string;
  enrolmentId: string;
  credentialId: string;
  school: SchoolRow;
  /** The first day of the course: exams come after it. */
  startsOn: Date;
}

interface Exam {
  workProcessIds: readonly string[];
  generiekDeelPart: string | null;
  title: string;
}

export async function generateExamResults(g: Generation, candidate: ExamCandidate): Promise<void> {
  const { random, today } = g;
  const qualification = findQualification(childcareCatalog, candidate.credentialId);
  const credential = findCertificate(childcareCatalog, candidate.credentialId) ?? qualification;
  // A praktijkverklaring has no exams at the school; nobody sits one before the course starts.
  if (!credential || candidate.startsOn >= today) return;
  const exams: Exam[] = [];
  // Each exam covers the next few werkprocessen, so none is examined twice.
  const size = random.int(1, 3);
  const count = random.int(1, Math.min(3, Math.ceil(credential.workProcessIds.length / size)));
  for (let n = 0; n < count; n += 1) {
    exams.push({
      workProcessIds: credential.workProcessIds.slice(n * size, (n + 1) * size),
      generiekDeelPart: null,
      title: `Praktijkexamen ${credential.title.toLowerCase()} ${n + 1}`,
    });
  }
  if (qualification?.generiekDeel.length && random.chance(0.3)) {
    const part = random.pick(qualification.generiekDeel);
    exams.push({ workProcessIds: [], generiekDeelPart: part, title: `Examen ${part}` });
  }
  for (const exam of exams) await writeExamResult(g, candidate, exam);
}

/**
 * One result and its log. An exam dated after today is only registered; of the others some wait for
 * the examinator, some for the examencommissie, and most are established. Each move falls on a later
 * day than the one before it, and none after today.
 */
async function writeExamResult(
  { random, today, past, id, write }: Generation,
  { personId, enrolmentId, credentialId, school, startsOn }: ExamCandidate,
  exam: Exam,
): Promise<void> {
  const examDate = day(startsOn, random.int(20, 400));
  const registeredAt = past(day(examDate, -random.int(7, 20)));
  const stage = examDate >= today ? 0 : random.next();
  const status = stage < 0.15 ? "REGISTERED" : stage < 0.4 ? "ASSESSED" : "ESTABLISHED";
  const outcome = status === "REGISTERED" ? null : random.chance(0.85) ? "PASSED" : "FAILED";
  const establishedAt = past(day(examDate, random.int(1, 21)));
  const resultId = id("er");
  const evidenceIds: string[] = [];
  if (status === "ESTABLISHED")
    for (const workProcessId of exam.workProcessIds) {
      const evidenceId = id("ev");
      await write.evidence.add([
        evidenceId,
        personId,
        null,
        null,
        workProcessId,
        "FORMAL_EXAM",
        outcome,
        null,
        school.committeeId,
        examDate,
        establishedAt,
        school.committeeId,
        school.id,
        exam.title,
      ]);
      evidenceIds.push(evidenceId);
    }
  await write.examResults.add([
    resultId,
    school.id,
    personId,
    enrolmentId,
    credentialId,
    exam.workProcessIds,
    exam.generiekDeelPart,
    exam.title,
    status,
    outcome,
    outcome ? examDate : null,
    evidenceIds,
    registeredAt,
  ]);
  const event = (from: string | null, to: string, actorId: string, occurredAt: Date) =>
    write.examResultEvents.add([id("ere"), resultId, from, to, actorId, occurredAt]);
  await event(null, "REGISTERED", school.examinerId, registeredAt);
  if (status === "REGISTERED") return;
  await event("REGISTERED", "ASSESSED", school.examinerId, examDate);
  if (status === "ESTABLISHED") await event("ASSESSED", "ESTABLISHED", school.committeeId, establishedAt);
}
