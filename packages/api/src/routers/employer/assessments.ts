import {
  childcareCatalog,
  evaluateCredentialEligibility,
  findWorkProcess,
  listWorkProcesses,
} from "@ontwikkelpad/core";
import { scopeEvidenceForEmployer, scopeOwnedByEmployer, type Prisma, type Role } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDate, today } from "../../dates.ts";
import { toPersonProfile } from "../../person-profile.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { ownPerson, requireRole } from "./access.ts";

const RATERS: Role[] = ["WORKPLACE_TRAINER"];
const CO_SIGNERS: Role[] = ["MANAGER"];
const onlyTrainer = "Alleen een praktijkopleider kan werkprocessen beoordelen en ondertekenen.";
const onlyManager = "Alleen een leidinggevende kan een beoordeling medeondertekenen.";

const rating = z.enum(["MASTERED", "NOT_YET", "NOT_APPLICABLE"], {
  error: "Kies beheerst, nog niet of niet van toepassing.",
});
const note = z.string().trim().min(1, "Schrijf kort op waarop je de beoordeling baseert.").max(1000);
const assessedOn = z.iso
  .date("Vul een geldige datum in.")
  .refine((d) => d <= today(), "De datum van de beoordeling kan niet in de toekomst liggen.");

const evidenceView = z.object({
  id: z.string(),
  kind: z.enum(["PRACTICE_ASSESSMENT", "PRACTICE_OBSERVATION", "FORMAL_EXAM", "PRIOR_LEARNING"]),
  result: z.enum(["NOT_YET", "MASTERED", "PASSED", "FAILED", "NOT_APPLICABLE"]),
  note: z.string().nullable(),
  assessedOn: z.iso.date(),
  assessor: z.string().nullable(),
  signedAt: z.iso.datetime().nullable(),
  signedBy: z.string().nullable(),
  coSignedAt: z.iso.datetime().nullable(),
  coSignedBy: z.string().nullable(),
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  superseded: z.boolean(),
});

const evidenceInclude = {
  assessor: true,
  signedBy: true,
  coSignedBy: true,
  supersededBy: { select: { id: true } },
} satisfies Prisma.EvidenceInclude;
type EvidenceRow = Prisma.EvidenceGetPayload<{ include: typeof evidenceInclude }>;

function toEvidenceView(e: EvidenceRow): z.infer<typeof evidenceView> {
  return {
    id: e.id,
    kind: e.kind,
    result: e.result,
    note: e.note,
    assessedOn: isoDate(e.assessedOn),
    assessor: e.assessor?.displayName ?? null,
    signedAt: e.signedAt?.toISOString() ?? null,
    signedBy: e.signedBy?.displayName ?? null,
    coSignedAt: e.coSignedAt?.toISOString() ?? null,
    coSignedBy: e.coSignedBy?.displayName ?? null,
    supersedesId: e.supersedesId,
    correctionReason: e.correctionReason,
    superseded: e.supersededBy !== null,
  };
}

/** The werkprocessen worth rating for a person: those of the credential their path works towards, plus any already rated. */
function workProcessesToRate(goalCredentialId: string | null, rated: string[]): string[] {
  const template = childcareCatalog.praktijkverklaringTemplates.find((t) => t.id === goalCredentialId);
  const certificate = childcareCatalog.certificates.find((c) => c.id === goalCredentialId);
  const qualification = childcareCatalog.qualifications.find((q) => q.id === goalCredentialId);
  const planned =
    template?.recommendedWorkProcessIds ?? certificate?.workProcessIds ?? qualification?.workProcessIds ?? [];
  return [...new Set([...planned, ...rated])];
}

async function ownEvidence(ctx: { prisma: Prisma.TransactionClient; organizationId: string }, ids: string[]) {
  const rows = await ctx.prisma.evidence.findMany({
    where: { AND: [{ id: { in: ids } }, scopeEvidenceForEmployer(ctx.organizationId)] },
    include: { supersededBy: { select: { id: true } } },
  });
  if (rows.length !== new Set(ids).size)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Een of meer beoordelingen bestaan niet of horen niet bij jouw organisatie.",
    });
  return rows;
}

export const assessmentsRouter = router({
  /** Per kerntaak and werkproces the current judgement and its history, and what may be asked of the school. */
  get: employerProcedure
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
            status: z.enum(["SUBMITTED", "ISSUED", "DECLINED", "WITHDRAWN"]),
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
      const coSignedOnly = person.evidence.filter(
        (e) => e.kind !== "PRACTICE_ASSESSMENT" || e.coSignedAt !== null,
      );
      const eligibility = evaluateCredentialEligibility(
        childcareCatalog,
        toPersonProfile(person, coSignedOnly, person.credentials),
        today(),
      );
      const schools = await ctx.prisma.organization.findMany({
        where: { kind: "SCHOOL", archivedAt: null },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
      const enrolledSchoolIds = new Set(person.enrolments.map((e) => e.schoolOrganizationId));
      return {
        canRate: ctx.roles.some((r) => RATERS.includes(r)),
        canCoSign: ctx.roles.some((r) => CO_SIGNERS.includes(r)),
        coreTasks: listWorkProcesses(childcareCatalog, ids).map((g) => ({
          code: g.coreTaskCode,
          title: g.title,
          workProcesses: g.workProcesses.map((wp) => {
            const history = practice.filter((e) => e.workProcessId === wp.id);
            const current = history.find((e) => e.supersededBy === null) ?? null;
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
              e.credentialKind === "praktijkverklaring" &&
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
    }),

  /** A praktijkopleider's rating of one werkproces; it stays a draft (and may be replaced) until signed. */
  rate: employerProcedure
    .input(
      z.object({
        personId: z.string().min(1),
        workProcessId: z
          .string()
          .refine((id) => findWorkProcess(childcareCatalog, id) !== undefined, "Onbekend werkproces."),
        result: rating,
        note,
        assessedOn,
      }),
    )
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        developmentPaths: {
          where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
          take: 1,
        },
      });
      requireRole(ctx.roles, RATERS, onlyTrainer);
      return ctx.prisma.$transaction(async (tx) => {
        const ratings = await tx.evidence.findMany({
          where: {
            personId: person.id,
            workProcessId: input.workProcessId,
            kind: "PRACTICE_ASSESSMENT",
            employerOrganizationId: ctx.organizationId,
            supersededBy: null,
          },
        });
        if (ratings.some((e) => e.signedAt))
          throw new TRPCError({
            code: "CONFLICT",
            message:
              "Dit werkproces heeft al een ondertekende beoordeling. Leg een correctie vast met een reden.",
          });
        const draft = ratings[0];
        const data = {
          result: input.result,
          note: input.note,
          assessedOn: dateColumn(input.assessedOn),
          assessorUserId: ctx.session.userId,
          recordedByUserId: ctx.session.userId,
        };
        const evidence = draft
          ? await tx.evidence.update({ where: { id: draft.id }, data })
          : await tx.evidence.create({
              data: {
                ...data,
                personId: person.id,
                developmentPathId: person.developmentPaths[0]?.id ?? null,
                employerOrganizationId: ctx.organizationId,
                workProcessId: input.workProcessId,
                kind: "PRACTICE_ASSESSMENT",
              },
            });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "evidence.rate",
          entityType: "Evidence",
          entityId: evidence.id,
          ip: ctx.ip,
        });
        return { id: evidence.id };
      });
    }),

  /** Signing locks ratings: from then on only a co-signature or a correction can follow. */
  sign: employerProcedure
    .input(
      z.object({ evidenceIds: z.array(z.string().min(1)).min(1, "Kies minstens één beoordeling.").max(200) }),
    )
    .output(z.object({ signed: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ownEvidence(ctx, input.evidenceIds);
      requireRole(ctx.roles, RATERS, onlyTrainer);
      if (rows.some((e) => e.signedAt || e.kind !== "PRACTICE_ASSESSMENT"))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Alleen nog niet ondertekende praktijkbeoordelingen kunnen worden ondertekend.",
        });
      await ctx.prisma.$transaction(async (tx) => {
        await tx.evidence.updateMany({
          where: { id: { in: input.evidenceIds }, signedAt: null },
          data: { signedAt: new Date(), signedByUserId: ctx.session.userId },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "evidence.sign",
          entityType: "Evidence",
          data: { evidenceIds: input.evidenceIds },
          ip: ctx.ip,
        });
      });
      return { signed: rows.length };
    }),

  /** A correction is a new signed rating that supersedes the old one, with a reason; the old one stays. */
  correct: employerProcedure
    .input(
      z.object({
        evidenceId: z.string().min(1),
        result: rating,
        note,
        assessedOn,
        reason: z.string().trim().min(5, "Geef de reden van de correctie (minstens 5 tekens).").max(1000),
      }),
    )
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const [original] = await ownEvidence(ctx, [input.evidenceId]);
      requireRole(ctx.roles, RATERS, onlyTrainer);
      if (!original!.signedAt || original!.kind !== "PRACTICE_ASSESSMENT")
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "Alleen een ondertekende praktijkbeoordeling wordt gecorrigeerd; een concept pas je gewoon aan.",
        });
      if (original!.supersededBy)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Deze beoordeling is al gecorrigeerd. Corrigeer de nieuwste versie.",
        });
      return ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const correction = await tx.evidence.create({
          data: {
            personId: original!.personId,
            developmentPathId: original!.developmentPathId,
            employerOrganizationId: ctx.organizationId,
            workProcessId: original!.workProcessId,
            kind: "PRACTICE_ASSESSMENT",
            result: input.result,
            note: input.note,
            assessedOn: dateColumn(input.assessedOn),
            assessorUserId: ctx.session.userId,
            recordedByUserId: ctx.session.userId,
            signedAt: now,
            signedByUserId: ctx.session.userId,
            supersedesId: original!.id,
            correctionReason: input.reason,
          },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "evidence.correct",
          entityType: "Evidence",
          entityId: correction.id,
          data: { supersedes: original!.id },
          ip: ctx.ip,
        });
        return { id: correction.id };
      });
    }),

  /** The leidinggevende confirms signed ratings. */
  coSign: employerProcedure
    .input(
      z.object({ evidenceIds: z.array(z.string().min(1)).min(1, "Kies minstens één beoordeling.").max(200) }),
    )
    .output(z.object({ coSigned: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const rows = await ownEvidence(ctx, input.evidenceIds);
      requireRole(ctx.roles, CO_SIGNERS, onlyManager);
      if (rows.some((e) => !e.signedAt || e.coSignedAt || e.supersededBy)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "Alleen ondertekende, nog niet medeondertekende en niet gecorrigeerde beoordelingen kunnen worden medeondertekend.",
        });
      }
      await ctx.prisma.$transaction(async (tx) => {
        for (const e of rows)
          await tx.evidence.update({
            where: { id: e.id },
            data: { coSignedAt: new Date(), coSignedByUserId: ctx.session.userId },
          });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "evidence.coSign",
          entityType: "Evidence",
          data: { evidenceIds: input.evidenceIds },
          ip: ctx.ip,
        });
      });
      return { coSigned: rows.length };
    }),

  /** Asks a school to issue a praktijkverklaring for the werkprocessen that are signed and co-signed as mastered. */
  requestPraktijkverklaring: employerProcedure
    .input(
      z.object({
        personId: z.string().min(1),
        templateId: z.string().min(1),
        schoolId: z.string().min(1, "Kies een mbo-instelling."),
        message: z.string().trim().max(2000).optional(),
      }),
    )
    .output(z.object({ id: z.string(), workProcessCount: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        evidence: true,
        credentials: true,
        developmentPaths: {
          where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
          take: 1,
        },
      });
      const school = await ctx.prisma.organization.findFirst({
        where: { id: input.schoolId, kind: "SCHOOL", archivedAt: null },
      });
      if (!school)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "Deze mbo-instelling bestaat niet. Kies een school uit de lijst.",
        });
      const coSignedOnly = person.evidence.filter(
        (e) => e.kind !== "PRACTICE_ASSESSMENT" || e.coSignedAt !== null,
      );
      const eligibility = evaluateCredentialEligibility(
        childcareCatalog,
        toPersonProfile(person, coSignedOnly, person.credentials),
        today(),
      ).find((e) => e.credentialKind === "praktijkverklaring" && e.credentialId === input.templateId);
      if (!eligibility)
        throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een praktijkverklaring uit de lijst." });
      if (eligibility.workProcessIds.length === 0) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "Er is nog geen werkproces als beheerst beoordeeld, ondertekend en medeondertekend. Laat eerst de beoordelingen afronden.",
        });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const open = await tx.credentialRequest.findFirst({
          where: {
            ...scopeOwnedByEmployer(ctx.organizationId),
            personId: person.id,
            credentialId: input.templateId,
            status: "SUBMITTED",
          },
        });
        if (open)
          throw new TRPCError({
            code: "CONFLICT",
            message: "Deze praktijkverklaring is al aangevraagd en wacht op de school.",
          });
        const request = await tx.credentialRequest.create({
          data: {
            employerOrganizationId: ctx.organizationId,
            schoolOrganizationId: school.id,
            personId: person.id,
            developmentPathId: person.developmentPaths[0]?.id ?? null,
            credentialId: input.templateId,
            workProcessIds: eligibility.workProcessIds,
            message: input.message || null,
            requestedByUserId: ctx.session.userId,
          },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "credentialRequest.create",
          entityType: "CredentialRequest",
          entityId: request.id,
          ip: ctx.ip,
        });
        return { id: request.id, workProcessCount: eligibility.workProcessIds.length };
      });
    }),
});
