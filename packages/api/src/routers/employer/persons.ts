import {
  PATH_STEPS,
  assessStartingPoint,
  childcareCatalog,
  findFunction,
  missingToLeave,
} from "@ontwikkelpad/core";
import { readTeamOverview, scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDate, isoDateOrNull, today } from "../../dates.ts";
import { employmentStandings } from "../../function-standing.ts";
import { personName, profileFacts, toPersonProfile } from "../../person-profile.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { ownPerson } from "./access.ts";
import { createPersonInput, updatePersonInput } from "./person-input.ts";
import { importRowSchema, parseImportRow } from "./person-import.ts";
import { pathState } from "./paths.ts";

export { createPersonInput };

const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["STAFF", "CANDIDATE"]),
  functionTitle: z.string().nullable(),
  location: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  pathStep: z.number().nullable(),
  pathStepTitle: z.string().nullable(),
  nextReviewOn: z.iso.date().nullable(),
  /** What to do next on this person's path, in the words of the step that is waiting. */
  nextAction: z.string(),
  /** Whether the rules allow the function they are employed in, and why not; null without employment. */
  mayWork: z.boolean().nullable(),
  mayWorkExplanation: z.string().nullable(),
});

const CREDENTIAL_TITLES = new Map(
  [
    ...childcareCatalog.qualifications,
    ...childcareCatalog.certificates,
    ...childcareCatalog.praktijkverklaringTemplates,
  ].map((c) => [c.id, c.title] as const),
);
const credentialTitle = (id: string) => CREDENTIAL_TITLES.get(id) ?? id;
const functionTitle = (id: string) => findFunction(childcareCatalog, id)?.title ?? id;

const RESULT_TEXT: Record<string, string> = {
  MASTERED: "beheerst",
  NOT_YET: "nog niet",
  NOT_APPLICABLE: "niet van toepassing",
  PASSED: "behaald",
  FAILED: "niet behaald",
};

async function createPerson(
  tx: Prisma.TransactionClient,
  organizationId: string,
  input: z.infer<typeof createPersonInput>,
) {
  const person = await tx.person.create({
    data: {
      kind: input.kind,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      employerOrganizationId: organizationId,
    },
  });
  await tx.employment.create({
    data: {
      personId: person.id,
      employerOrganizationId: organizationId,
      locationId: input.locationId ?? null,
      functionId: input.functionId,
      hoursPerWeek: input.hoursPerWeek,
      contractStart: dateColumn(input.contractStart),
      contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
    },
  });
  return person;
}

async function assertOwnLocation(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  locationId: string | undefined,
) {
  if (
    locationId &&
    !(await prisma.location.findFirst({ where: { id: locationId, ...scopeOwnedByEmployer(organizationId) } }))
  ) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze locatie hoort niet bij jouw organisatie. Kies een eigen locatie.",
    });
  }
}

const workProcessTitle = (id: string) => childcareCatalog.workProcesses.find((w) => w.id === id)?.title ?? id;

export const personsRouter = router({
  list: employerProcedure
    .input(z.object({ search: z.string().trim().max(100).optional() }).optional())
    .output(z.array(personSummary))
    .query(async ({ ctx, input }) => {
      const persons = await readTeamOverview(ctx.prisma, ctx.organizationId, input?.search);
      const standings = await employmentStandings(
        ctx.prisma,
        ctx.organizationId,
        today(),
        persons.map((p) => p.id),
      );
      return persons.map((p) => {
        const standing = standings.get(p.id);
        const { employment, path } = p;
        const waiting = path ? missingToLeave(pathState(path, p.hasProfile))[0] : undefined;
        return {
          id: p.id,
          name: personName(p),
          kind: p.kind,
          functionTitle: employment ? functionTitle(employment.functionId) : null,
          location: employment?.locationName ?? null,
          hoursPerWeek: employment?.hoursPerWeek ?? null,
          pathStep: path?.currentStep ?? null,
          pathStepTitle: path ? (PATH_STEPS[path.currentStep - 1]?.title ?? null) : null,
          nextReviewOn: isoDateOrNull(path?.nextReviewAt),
          nextAction: !path
            ? "Start een Ontwikkelpad."
            : (waiting ??
              (path.currentStep === 8
                ? "Evalueer op de afgesproken datum."
                : `Ga verder met stap ${path.currentStep + 1} (${PATH_STEPS[path.currentStep]?.title ?? ""})`)),
          mayWork: standing?.mayFill ?? null,
          mayWorkExplanation: standing?.explanation ?? null,
        };
      });
    }),

  create: employerProcedure
    .input(createPersonInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await assertOwnLocation(ctx.prisma, ctx.organizationId, input.locationId);
      return ctx.prisma.$transaction(async (tx) => {
        const person = await createPerson(tx, ctx.organizationId, input);
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "person.create",
          entityType: "Person",
          entityId: person.id,
          ip: ctx.ip,
        });
        return { id: person.id };
      });
    }),

  /** Corrects name, contact and the current employment (function, location, hours, contract dates). */
  update: employerProcedure
    .input(updatePersonInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        employments: {
          where: scopeOwnedByEmployer(ctx.organizationId),
          orderBy: { contractStart: "desc" },
          take: 1,
        },
      });
      await assertOwnLocation(ctx.prisma, ctx.organizationId, input.locationId);
      const employment = {
        locationId: input.locationId ?? null,
        functionId: input.functionId,
        hoursPerWeek: input.hoursPerWeek,
        contractStart: dateColumn(input.contractStart),
        contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
      };
      await ctx.prisma.$transaction(async (tx) => {
        await tx.person.update({
          where: { id: person.id },
          data: { givenName: input.givenName, familyName: input.familyName, email: input.email ?? null },
        });
        const current = person.employments[0];
        if (current) await tx.employment.update({ where: { id: current.id }, data: employment });
        else
          await tx.employment.create({
            data: { ...employment, personId: person.id, employerOrganizationId: ctx.organizationId },
          });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "person.update",
          entityType: "Person",
          entityId: person.id,
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),

  /** Takes a person off the team (e.g. they left); their path stops, their records stay. */
  archive: employerProcedure
    .input(
      z.object({
        personId: z.string().min(1),
        reason: z.string().trim().min(3, "Geef kort de reden (bijvoorbeeld: uit dienst).").max(500),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId);
      if (person.archivedAt)
        throw new TRPCError({ code: "BAD_REQUEST", message: "Deze persoon is al gearchiveerd." });
      await ctx.prisma.$transaction(async (tx) => {
        await tx.person.update({ where: { id: person.id }, data: { archivedAt: new Date() } });
        await tx.developmentPath.updateMany({
          where: { ...scopeOwnedByEmployer(ctx.organizationId), personId: person.id, status: "ACTIVE" },
          data: { status: "STOPPED" },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "person.archive",
          entityType: "Person",
          entityId: person.id,
          data: { reason: input.reason },
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),

  /**
   * Imports a team from CSV rows. With `dryRun` it only checks and returns the preview; otherwise it
   * adds everyone in one transaction, and only when no row has an error.
   */
  import: employerProcedure
    .input(
      z.object({
        rows: z
          .array(importRowSchema)
          .min(1, "Het bestand bevat geen rijen.")
          .max(2000, "Importeer hoogstens 2000 rijen tegelijk."),
        dryRun: z.boolean(),
      }),
    )
    .output(
      z.object({
        rows: z.array(z.object({ line: z.number(), name: z.string(), errors: z.array(z.string()) })),
        created: z.number(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const locations = await ctx.prisma.location.findMany({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
        select: { id: true, name: true, lrkNumber: true },
      });
      const parsed = input.rows.map((row, index) => ({
        line: index + 2,
        name: `${row.voornaam} ${row.achternaam}`.trim(),
        result: parseImportRow(row, locations),
      }));
      const rows = parsed.map(({ line, name, result }) => ({
        line,
        name,
        errors: result.ok ? [] : result.errors,
      }));
      if (input.dryRun) return { rows, created: 0 };
      if (rows.some((r) => r.errors.length > 0))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Er is niets geïmporteerd: los eerst de fouten in de gemarkeerde rijen op.",
        });
      await ctx.prisma.$transaction(async (tx) => {
        for (const { result } of parsed)
          if (result.ok) await createPerson(tx, ctx.organizationId, result.input);
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "person.import",
          entityType: "Person",
          data: { count: parsed.length },
          ip: ctx.ip,
        });
      });
      return { rows, created: parsed.length };
    }),

  /** One person: employment, the functions they may fill today and why not the others, and the timeline of their path. */
  get: employerProcedure
    .input(z.object({ personId: z.string().min(1) }))
    .output(
      z.object({
        id: z.string(),
        name: z.string(),
        givenName: z.string(),
        familyName: z.string(),
        email: z.string().nullable(),
        kind: z.enum(["STAFF", "CANDIDATE"]),
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
          }),
        ),
        timeline: z.array(
          z.object({
            date: z.iso.date(),
            kind: z.enum(["step", "evidence", "credential", "request"]),
            title: z.string(),
            detail: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        ...profileFacts(ctx.organizationId),
        evidence: { include: { supersededBy: { select: { id: true } } } },
        credentials: true,
        employments: {
          where: scopeOwnedByEmployer(ctx.organizationId),
          include: { location: true },
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
      const functions = assessStartingPoint(
        childcareCatalog,
        toPersonProfile(person, person.evidence, person.credentials),
        today(),
      );
      const employment = person.employments[0];
      const timeline = [
        ...person.developmentPaths.flatMap((path) => [
          {
            date: isoDate(path.startedAt),
            kind: "step" as const,
            title: "Ontwikkelpad gestart",
            detail: null,
          },
          ...path.stepRecords.map((r) => ({
            date: isoDate(r.completedAt!),
            kind: "step" as const,
            title: `Stap ${r.step} afgerond: ${PATH_STEPS[r.step - 1]?.title ?? ""}`,
            detail: null,
          })),
        ]),
        ...person.evidence
          .filter((e) => e.signedAt || e.kind === "PRACTICE_OBSERVATION")
          .map((e) => ({
            date: isoDate(e.assessedOn),
            kind: "evidence" as const,
            title: `${workProcessTitle(e.workProcessId)}: ${RESULT_TEXT[e.result] ?? e.result}`,
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
          detail: c.supersededById ? `Vervangen: ${c.supersededReason ?? ""}` : null,
        })),
        ...person.trainingRequests.map((r) => ({
          date: isoDate(r.createdAt),
          kind: "request" as const,
          title: `Scholingsaanvraag ${credentialTitle(r.credentialId)} bij ${r.school.name}`,
          detail: r.responseNote,
        })),
        ...person.credentialRequests.map((r) => ({
          date: isoDate(r.createdAt),
          kind: "request" as const,
          title: `${credentialTitle(r.credentialId)} aangevraagd bij ${r.school.name}`,
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
        functions: functions.map(({ functionId, title, mayFill, explanation }) => ({
          functionId,
          title,
          mayFill,
          explanation,
        })),
        timeline,
      };
    }),
});
