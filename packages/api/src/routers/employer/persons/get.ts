import { PATH_STEPS, assessStartingPoint, childcareCatalog } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { credentialTitle, functionTitle, workProcessTitle } from "../../../shared/catalog-titles.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { evidenceResultSchema, personKindSchema, workRefusalCodeSchema } from "../../../shared/enums.ts";
import { workplaceOf } from "../_shared/function-standing.ts";
import { judgeOne } from "../../../shared/judge-each.ts";
import { personName, profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

/** One person: employment, the functions they may fill today and why not the others, and the timeline of their path. */
export const get = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(
    z.object({
      id: z.string(),
      name: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      email: z.string().nullable(),
      kind: personKindSchema,
      archived: z.boolean(),
      employment: z
        .object({
          functionId: z.string(),
          functionTitle: z.string(),
          locationId: z.string().nullable(),
          location: z.string().nullable(),
          hoursPerWeek: z.number(),
          contractStart: z.iso.date(),
          contractEnd: z.iso.date().nullable(),
        })
        .nullable(),
      functions: z.array(
        z.object({
          functionId: z.string(),
          title: z.string(),
          mayFill: z.boolean(),
          explanation: z.string(),
          /** Why the person may not work in it whatever they hold (not in the Personenregister). */
          refusal: workRefusalCodeSchema.nullable(),
        }),
      ),
      /** Why the rules could not judge this person's stored facts (then `functions` is empty); null when they could. */
      problem: z.string().nullable(),
      timeline: z.array(
        z.object({
          date: z.iso.date(),
          kind: z.enum(["step", "evidence", "credential", "request"]),
          title: z.string(),
          /** What a beoordeling or exam said; the portal shows it after the title with its label. */
          result: evidenceResultSchema.nullable(),
          detail: z.string().nullable(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      ...profileFacts(ctx.organizationId),
      evidence: { include: { supersededBy: { select: { id: true } } } },
      credentials: { include: { supersedes: { select: { id: true } } } },
      employments: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        include: {
          location: { include: { groups: { select: { minAgeMonths: true, maxAgeMonths: true } } } },
        },
        orderBy: { contractStart: "desc" },
        take: 1,
      },
      developmentPaths: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        include: { stepRecords: { where: { completedAt: { not: null } } } },
      },
      trainingRequests: { where: scopeOwnedByEmployer(ctx.organizationId), include: { school: true } },
      credentialRequests: { where: scopeOwnedByEmployer(ctx.organizationId), include: { school: true } },
    });
    const employment = person.employments[0];
    // Judged at the groups of their location, as the team list and the dashboard judge them.
    // A fact core refuses (evidence dated after today) is named on the page, which still opens so the
    // timeline shows what to correct.
    const { judgement: functions, problem } = judgeOne(() =>
      assessStartingPoint(
        childcareCatalog,
        toPersonProfile(person, person.evidence, person.credentials),
        today(),
        { workplace: workplaceOf(employment?.location) },
      ),
    );
    const timeline = [
      ...person.developmentPaths.flatMap((path) => [
        {
          date: isoDate(path.startedAt),
          kind: "step" as const,
          title: "Ontwikkelpad gestart",
          result: null,
          detail: null,
        },
        ...path.stepRecords.map((r) => ({
          date: isoDate(r.completedAt!),
          kind: "step" as const,
          title: `Stap ${r.step} afgerond: ${PATH_STEPS[r.step - 1]?.title ?? ""}`,
          result: null,
          detail: null,
        })),
      ]),
      ...person.evidence
        .filter((e) => e.signedAt || e.kind === "PRACTICE_OBSERVATION")
        .map((e) => ({
          date: isoDate(e.assessedOn),
          kind: "evidence" as const,
          title: workProcessTitle(e.workProcessId),
          result: e.result,
          detail:
            [
              e.supersedesId ? `Correctie: ${e.correctionReason ?? ""}` : null,
              e.supersededBy ? "Vervangen door een correctie." : null,
              e.note,
            ]
              .filter(Boolean)
              .join(" ") || null,
        })),
      ...person.credentials.map((c) => ({
        date: isoDate(c.issuedOn),
        kind: "credential" as const,
        title: `${credentialTitle(c.credentialId)} behaald`,
        result: null,
        detail: c.supersededById
          ? `Vervangen door een correctie: ${c.supersededReason ?? ""}`
          : c.supersedes
            ? "Correctie van een eerder uitgegeven bewijs."
            : null,
      })),
      ...person.trainingRequests.map((r) => ({
        date: isoDate(r.createdAt),
        kind: "request" as const,
        title: `Scholingsaanvraag ${credentialTitle(r.credentialId)} bij ${r.school.name}`,
        result: null,
        detail: r.responseNote,
      })),
      ...person.credentialRequests.map((r) => ({
        date: isoDate(r.createdAt),
        kind: "request" as const,
        title: `${credentialTitle(r.credentialId)} aangevraagd bij ${r.school.name}`,
        result: null,
        detail: r.responseNote,
      })),
    ].toSorted((a, b) => b.date.localeCompare(a.date));
    return {
      id: person.id,
      name: personName(person),
      givenName: person.givenName,
      familyName: person.familyName,
      email: person.email,
      kind: person.kind,
      archived: person.archivedAt !== null,
      employment: employment
        ? {
            functionId: employment.functionId,
            functionTitle: functionTitle(employment.functionId),
            locationId: employment.locationId,
            location: employment.location?.name ?? null,
            hoursPerWeek: employment.hoursPerWeek,
            contractStart: isoDate(employment.contractStart),
            contractEnd: isoDateOrNull(employment.contractEnd),
          }
        : null,
      problem,
      functions: (functions ?? []).map(({ functionId, title, mayFill, explanation, refusal }) => ({
        functionId,
        title,
        mayFill,
        explanation,
        refusal: refusal?.code ?? null,
      })),
      timeline,
    };
  });
