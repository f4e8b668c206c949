import {
  CoreInputError,
  assessStartingPoint,
  childcareCatalog,
  educationLevelSchema,
  findCertificate,
  findQualification,
  isoDateSchema,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDate, today } from "../../dates.ts";
import {
  LANGUAGE_LEVELS,
  readStartingPoint,
  startingPointSchema,
  toCoreHeldCredential,
} from "../../person-profile.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { ownPerson } from "./access.ts";

const KINDS = ["diploma", "certificate", "praktijkverklaring", "otherDiploma"] as const;
const TO_DB = {
  diploma: "DIPLOMA",
  certificate: "CERTIFICATE",
  praktijkverklaring: "PRAKTIJKVERKLARING",
  otherDiploma: "OTHER_DIPLOMA",
} as const;
const FROM_DB = Object.fromEntries(Object.entries(TO_DB).map(([k, v]) => [v, k])) as Record<
  (typeof TO_DB)[keyof typeof TO_DB],
  (typeof KINDS)[number]
>;

const catalogTitle = (kind: (typeof KINDS)[number], id: string | null) => {
  if (!id) return null;
  if (kind === "diploma") return findQualification(childcareCatalog, id)?.title ?? null;
  if (kind === "certificate") return findCertificate(childcareCatalog, id)?.title ?? null;
  return childcareCatalog.praktijkverklaringTemplates.find((t) => t.id === id)?.title ?? null;
};

const heldItemSchema = z.object({
  id: z.string(),
  /** Recorded by the employer's HR (editable), or issued by a school on the platform (read only). */
  origin: z.enum(["employer", "school"]),
  kind: z.enum(KINDS),
  credentialId: z.string().nullable(),
  title: z.string(),
  educationLevel: z.string().nullable(),
  diplomaGroup: z.string().nullable(),
  issuedOn: z.iso.date(),
  institution: z.string(),
  note: z.string().nullable(),
});

const factsSchema = z.object({
  languageLevel: z.enum(LANGUAGE_LEVELS).nullable(),
  languageSource: z.string().nullable(),
  vogRegistered: z.boolean(),
  babyscholing: z.boolean(),
  experienceYears: z.number(),
});

/** What HR records for one credential: a catalog credential by id, or another diploma with its level and cao group. */
export const addHeldCredentialInput = z
  .object({
    personId: z.string().min(1),
    kind: z.enum(KINDS),
    credentialId: z.string().trim().max(100).nullable().default(null),
    title: z.string().trim().max(200).nullable().default(null),
    educationLevel: educationLevelSchema.nullable().default(null),
    diplomaGroup: z.string().trim().max(20).nullable().default(null),
    issuedOn: isoDateSchema,
    institution: z.string().trim().min(2, "Vul de instelling in die het heeft uitgereikt.").max(200),
    note: z.string().trim().max(1000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "otherDiploma") {
      if (!v.title || v.title.length < 2)
        ctx.addIssue({ code: "custom", path: ["title"], message: "Vul de naam van het diploma in." });
      if (!v.educationLevel)
        ctx.addIssue({
          code: "custom",
          path: ["educationLevel"],
          message: "Kies het niveau van het diploma.",
        });
    } else if (!catalogTitle(v.kind, v.credentialId)) {
      ctx.addIssue({
        code: "custom",
        path: ["credentialId"],
        message: "Kies een diploma of certificaat uit de lijst.",
      });
    }
    if (v.issuedOn > today())
      ctx.addIssue({
        code: "custom",
        path: ["issuedOn"],
        message: "De datum van uitreiking ligt in de toekomst.",
      });
  });

export const personFactsInput = z.object({
  personId: z.string().min(1),
  languageLevel: z.enum(LANGUAGE_LEVELS).nullable(),
  languageSource: z.string().trim().max(200).nullable(),
  vogRegistered: z.boolean(),
  babyscholing: z.boolean(),
  experienceYears: z.number().min(0).max(60),
});

export const heldCredentialsRouter = router({
  /**
   * What a person brings: the credentials HR recorded and those schools issued on the platform (these
   * appear by themselves and cannot be changed here), with language level, VOG and babyscholing.
   */
  list: employerProcedure
    .input(z.object({ personId: z.string().min(1) }))
    .output(z.object({ facts: factsSchema, items: z.array(heldItemSchema) }))
    .query(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        heldCredentials: {
          where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
          orderBy: { issuedOn: "desc" },
        },
        credentials: {
          where: { supersededById: null },
          include: { school: { select: { name: true } } },
          orderBy: { issuedOn: "desc" },
        },
      });
      const start = readStartingPoint(person.profile);
      const issued = person.credentials.map((c) => {
        const kind = FROM_DB[c.kind];
        return {
          id: c.id,
          origin: "school" as const,
          kind,
          credentialId: c.credentialId,
          title: catalogTitle(kind, c.credentialId) ?? c.credentialId,
          educationLevel: null,
          diplomaGroup: null,
          issuedOn: isoDate(c.issuedOn),
          institution: c.school.name,
          note: null,
        };
      });
      const recorded = person.heldCredentials.map((h) => {
        const kind = FROM_DB[h.kind];
        return {
          id: h.id,
          origin: "employer" as const,
          kind,
          credentialId: h.credentialId,
          title: (kind === "otherDiploma" ? h.title : catalogTitle(kind, h.credentialId)) ?? "",
          educationLevel: h.educationLevel,
          diplomaGroup: h.diplomaGroup,
          issuedOn: isoDate(h.issuedOn),
          institution: h.institution,
          note: h.note,
        };
      });
      return {
        facts: {
          languageLevel: start.languageLevel,
          languageSource: start.languageSource,
          vogRegistered: start.vogRegistered,
          babyscholing: start.babyscholing,
          experienceYears: start.experienceYears,
        },
        items: [...issued, ...recorded].toSorted((a, b) => b.issuedOn.localeCompare(a.issuedOn)),
      };
    }),

  add: employerProcedure
    .input(addHeldCredentialInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId);
      const other = input.kind === "otherDiploma";
      const data = {
        personId: person.id,
        employerOrganizationId: ctx.organizationId,
        kind: TO_DB[input.kind],
        credentialId: other ? null : input.credentialId,
        title: other ? input.title : null,
        educationLevel: other ? input.educationLevel : null,
        diplomaGroup: other ? input.diplomaGroup : null,
        issuedOn: dateColumn(input.issuedOn),
        institution: input.institution,
        note: input.note,
        recordedByUserId: ctx.session.userId,
      };
      // The rules check it against the catalog (e.g. an unknown diplomagroep) before it is stored.
      try {
        assessStartingPoint(
          childcareCatalog,
          {
            credentials: [
              toCoreHeldCredential({
                ...data,
                id: "",
                archivedAt: null,
                archivedReason: null,
                createdAt: new Date(),
              }),
            ],
          },
          today(),
        );
      } catch (error) {
        if (error instanceof CoreInputError)
          throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
        throw error;
      }
      return ctx.prisma.$transaction(async (tx) => {
        const created = await tx.heldCredential.create({ data });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "heldCredential.add",
          entityType: "HeldCredential",
          entityId: created.id,
          data: { personId: person.id, kind: input.kind, credentialId: data.credentialId, title: data.title },
          ip: ctx.ip,
        });
        return { id: created.id };
      });
    }),

  /** Takes off a record HR made (e.g. entered by mistake); it stays archived with the reason. */
  archive: employerProcedure
    .input(
      z.object({
        heldCredentialId: z.string().min(1),
        reason: z.string().trim().min(3, "Geef een reden op.").max(500),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const held = await ctx.prisma.heldCredential.findFirst({
        where: { id: input.heldCredentialId, ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
      });
      if (!held)
        throw new TRPCError({
          code: "NOT_FOUND",
          message:
            "Dit diploma of certificaat bestaat niet, is al verwijderd of is door een school uitgereikt (dat kan alleen de school corrigeren).",
        });
      await ctx.prisma.$transaction(async (tx) => {
        await tx.heldCredential.update({
          where: { id: held.id },
          data: { archivedAt: new Date(), archivedReason: input.reason },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "heldCredential.archive",
          entityType: "HeldCredential",
          entityId: held.id,
          data: { personId: held.personId, reason: input.reason },
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),

  /** Language level with its source, VOG with Personenregister, babyscholing and experience. */
  updateFacts: employerProcedure
    .input(personFactsInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId);
      const { personId: _personId, ...facts } = input;
      const profile = startingPointSchema.parse({ ...readStartingPoint(person.profile), ...facts });
      await ctx.prisma.$transaction(async (tx) => {
        await tx.person.update({ where: { id: person.id }, data: { profile } });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "person.updateFacts",
          entityType: "Person",
          entityId: person.id,
          data: facts,
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),
});
