import {
  aimedCredentials,
  childcareCatalog,
  currentRecords,
  evaluateCredentialEligibility,
  findCredential,
  findQualification,
  listWorkProcesses,
} from "@ontwikkelpad/core";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { credentialKindSchema, evidenceResultSchema, pokStatusSchema } from "../../../shared/enums.ts";
import {
  examResultInclude,
  examResultViewSchema,
  toExamOutcome,
  toExamResultView,
} from "../_shared/exam-results.ts";
import { personName, profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { ownLearner } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";

const workProcessRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  /** Counted towards the credential by core (an established exam, evc, exemption or a held credential). */
  counted: z.boolean(),
  /** The praktijkopleider's signed ratings, read-only. */
  ratings: z.array(
    z.object({
      result: evidenceResultSchema,
      assessedOn: z.iso.date(),
      signedBy: z.string().nullable(),
      coSignedBy: z.string().nullable(),
    }),
  ),
  /** The school's exam results on this werkproces, with their status. */
  examResults: z.array(
    examResultViewSchema.pick({ id: true, title: true, status: true, outcome: true, assessedOn: true }),
  ),
});

/** One part of a diploma's generiek deel: the school's exam results on it and whether it counts. */
const generiekDeelRowSchema = z.object({
  part: z.string(),
  counted: z.boolean(),
  examResults: workProcessRowSchema.shape.examResults,
});

/**
 * One learner of the school: per credential the path aims at, progress per kerntaak and werkproces
 * (ratings, exam results), per part of a diploma's generiek deel, and what core says is still missing.
 */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(
    z.object({
      personId: z.string(),
      name: z.string(),
      employer: z.string().nullable(),
      enrolments: z.array(
        z.object({ id: z.string(), credentialTitle: z.string(), pokStatus: pokStatusSchema }),
      ),
      credentials: z.array(
        z.object({
          credentialId: z.string(),
          title: z.string(),
          kind: credentialKindSchema,
          status: z.enum(["earned", "eligible", "missing"]),
          missingWorkProcessIds: z.array(z.string()),
          missingGeneriekDeel: z.array(z.string()),
          coreTasks: z.array(
            z.object({ code: z.string(), title: z.string(), workProcesses: z.array(workProcessRowSchema) }),
          ),
          /** Empty for a certificate or praktijkverklaring. */
          generiekDeel: z.array(generiekDeelRowSchema),
        }),
      ),
      examResults: z.array(examResultViewSchema),
    }),
  )
  .query(async ({ ctx, input }) => {
    const own = { schoolOrganizationId: ctx.organizationId };
    const learner = await ownLearner(ctx, input.personId, {
      employer: { select: { name: true } },
      enrolments: { where: own, orderBy: { createdAt: "desc" } },
      trainingRequests: { where: own, select: { credentialId: true } },
      credentialRequests: { where: own, select: { credentialId: true } },
      developmentPaths: { where: { status: "ACTIVE" }, select: { goalCredentialId: true } },
    });
    const [person, results] = await Promise.all([
      ctx.prisma.person.findUniqueOrThrow({
        where: { id: learner.id },
        include: {
          ...profileFacts(learner.employerOrganizationId ?? ""),
          evidence: {
            include: {
              signedBy: { select: { displayName: true } },
              coSignedBy: { select: { displayName: true } },
            },
            orderBy: { assessedOn: "asc" },
          },
          credentials: true,
        },
      }),
      ctx.prisma.examResult.findMany({
        where: { ...own, personId: learner.id },
        include: examResultInclude,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      }),
    ]);
    const eligibility = evaluateCredentialEligibility(
      childcareCatalog,
      toPersonProfile(person, person.evidence, person.credentials),
      today(),
    );
    const ratings = currentRecords(person.evidence).filter(
      (e) => e.kind === "PRACTICE_ASSESSMENT" && e.signedAt,
    );
    const resultsWhere = (covers: (r: (typeof results)[number]) => boolean) =>
      results.filter(covers).map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        outcome: toExamOutcome(r.outcome),
        assessedOn: isoDateOrNull(r.assessedOn),
      }));
    const aims = aimedCredentials(childcareCatalog, {
      enrolments: learner.enrolments.map((e) => e.credentialId),
      requests: [...learner.trainingRequests, ...learner.credentialRequests].map((r) => r.credentialId),
      pathGoals: learner.developmentPaths.map((p) => p.goalCredentialId),
    });
    return {
      personId: learner.id,
      name: personName(learner),
      employer: learner.employer?.name ?? null,
      enrolments: learner.enrolments.map((e) => ({
        id: e.id,
        credentialTitle: credentialTitle(e.credentialId),
        pokStatus: e.pokStatus,
      })),
      credentials: aims.map((credentialId) => {
        const credential = findCredential(childcareCatalog, credentialId)!;
        const standing = eligibility.find((e) => e.credentialId === credentialId);
        const counted = new Set(standing?.workProcessIds ?? []);
        return {
          credentialId,
          title: credential.title,
          kind: credential.kind,
          status: standing?.status ?? "missing",
          missingWorkProcessIds: standing?.missingWorkProcessIds ?? [],
          missingGeneriekDeel: standing?.missingGeneriekDeel ?? [],
          coreTasks: listWorkProcesses(childcareCatalog, credential.workProcessIds).map((group) => ({
            code: group.coreTaskCode,
            title: group.title,
            workProcesses: group.workProcesses.map((wp) => ({
              id: wp.id,
              code: wp.code,
              title: wp.title,
              counted: counted.has(wp.id),
              ratings: ratings
                .filter((r) => r.workProcessId === wp.id)
                .map((r) => ({
                  result: r.result,
                  assessedOn: isoDate(r.assessedOn),
                  signedBy: r.signedBy?.displayName ?? null,
                  coSignedBy: r.coSignedBy?.displayName ?? null,
                })),
              examResults: resultsWhere((r) => r.workProcessIds.includes(wp.id)),
            })),
          })),
          generiekDeel: (findQualification(childcareCatalog, credentialId)?.generiekDeel ?? []).map(
            (part) => ({
              part,
              counted: standing?.missingGeneriekDeel.includes(part) === false,
              examResults: resultsWhere((r) => r.generiekDeelPart === part),
            }),
          ),
        };
      }),
      examResults: results.map((r) => toExamResultView(r, ctx.roles)),
    };
  });
