import {
  can,
  childcareCatalog,
  currentRecords,
  evaluateCredentialEligibility,
  findCredential,
  listWorkProcesses,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { isoDate, today } from "../../../shared/dates.ts";
import { credentialRequestStatusSchema } from "../../../shared/enums.ts";
import { evidenceInclude, evidenceView, toEvidenceView } from "../_shared/evidence-view.ts";
import { profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The werkprocessen worth rating for a person: those of the credential their path works towards, plus any already rated. */
function workProcessesToRate(goalCredentialId: string | null, rated: string[]): string[] {
  const planned = goalCredentialId
    ? (findCredential(childcareCatalog, goalCredentialId)?.workProcessIds ?? [])
    : [];
  return [...new Set([...planned, ...rated])];
}

/** Per kerntaak and werkproces the current judgement and its history, and what may be asked of the school. */
export const get = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(
    z.object({
      canRate: z.boolean(),
      canCoSign: z.boolean(),
      coreTasks: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          workProcesses: z.array(
            z.object({
              id: z.string(),
              code: z.string(),
              title: z.string(),
              current: evidenceView.nullable(),
              history: z.array(evidenceView),
            }),
          ),
        }),
      ),
      praktijkverklaringen: z.array(
        z.object({
          templateId: z.string(),
          title: z.string(),
          ready: z.boolean(),
          workProcessCount: z.number(),
          missingCount: z.number(),
        }),
      ),
      credentialRequests: z.array(
        z.object({
          id: z.string(),
          credentialId: z.string(),
          school: z.string(),
          status: credentialRequestStatusSchema,
          sentOn: z.iso.date(),
          /** The school's answer, e.g. why it declined. */
          responseNote: z.string().nullable(),
        }),
      ),
      schools: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  )
  .query(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      ...profileFacts(ctx.organizationId),
      evidence: { include: evidenceInclude, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }] },
      credentials: true,
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
        take: 1,
      },
      credentialRequests: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        include: { school: true },
        orderBy: { createdAt: "desc" },
      },
      enrolments: { where: scopeOwnedByEmployer(ctx.organizationId), include: { school: true } },
    });
    const practice = person.evidence.filter(
      (e) => e.kind === "PRACTICE_ASSESSMENT" || e.kind === "PRACTICE_OBSERVATION",
    );
    const goalCredentialId = person.developmentPaths[0]?.goalCredentialId ?? null;
    const ids = workProcessesToRate(
      goalCredentialId,
      practice.map((e) => e.workProcessId),
    );
    const eligibility = evaluateCredentialEligibility(
      childcareCatalog,
      toPersonProfile(
        { ...person, enrolments: person.enrolments.filter((e) => e.status === "ACTIVE") },
        person.evidence,
        person.credentials,
      ),
      today(),
    );
    const schools = await ctx.prisma.organization.findMany({
      where: { kind: "SCHOOL", archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const enrolledSchoolIds = new Set(person.enrolments.map((e) => e.schoolOrganizationId));
    return {
      canRate: can(ctx.roles, "rateWorkProcesses"),
      canCoSign: can(ctx.roles, "coSignRatings"),
      coreTasks: listWorkProcesses(childcareCatalog, ids).map((g) => ({
        code: g.coreTaskCode,
        title: g.title,
        workProcesses: g.workProcesses.map((wp) => {
          const history = practice.filter((e) => e.workProcessId === wp.id);
          const current = currentRecords(history)[0] ?? null;
          return {
            id: wp.id,
            code: wp.code,
            title: wp.title,
            current: current && toEvidenceView(current),
            history: history.map(toEvidenceView),
          };
        }),
      })),
      // The one the path works towards and any that mastered werkprocessen already count for; not the whole catalog.
      praktijkverklaringen: eligibility
        .filter(
          (e) =>
            e.credentialKind === "PRAKTIJKVERKLARING" &&
            (e.credentialId === goalCredentialId || e.workProcessIds.length > 0),
        )
        .map((e) => ({
          templateId: e.credentialId,
          title: e.title,
          ready: e.workProcessIds.length > 0,
          workProcessCount: e.workProcessIds.length,
          missingCount: e.missingWorkProcessIds.length,
        })),
      credentialRequests: person.credentialRequests.map((r) => ({
        id: r.id,
        credentialId: r.credentialId,
        school: r.school.name,
        status: r.status,
        sentOn: isoDate(r.createdAt),
        responseNote: r.responseNote,
      })),
      // The school where the person is enrolled first: it usually issues the praktijkverklaring.
      schools: schools.toSorted(
        (a, b) => Number(enrolledSchoolIds.has(b.id)) - Number(enrolledSchoolIds.has(a.id)),
      ),
    };
  });
