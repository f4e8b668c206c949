import { adviceStatusSchema, childcareCatalog, findFunction, isAdviceVisible } from "@ontwikkelpad/core";
import { scopeAdviceNotesForRegion, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { hasConsentNow } from "../../../shared/consent.ts";
import { isoDateOrNull, isoDate } from "../../../shared/dates.ts";
import { learningRouteSchema } from "../../../shared/enums.ts";
import { notFound, own } from "../../../shared/own.ts";
import { candidateScope, findCandidate } from "../_shared/region-desk.ts";

/** Refusal of `adviseCandidates` (core's permission table says who writes advice). */
export const ADVISE_MESSAGE =
  "Een LWL-advies maken de LWL-adviseurs en de regiecoördinator. Vraag hen om advies voor deze kandidaat.";

export const goalFunctionIdSchema = z
  .string()
  .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst.");

/**
 * Refuses, at the moment of the call, a candidate without the consent for advice to this region in
 * force: writing and reading advice both need it.
 */
export function requireAdviceConsent(
  candidate: { person: Parameters<typeof hasConsentNow>[0] },
  regionOrganizationId: string,
): void {
  if (!hasConsentNow(candidate.person, "ADVICE", regionOrganizationId))
    throw new TRPCError({
      code: "FORBIDDEN",
      message:
        "De kandidaat heeft geen toestemming voor advies gegeven. Leg die eerst vast bij de aanmelding.",
    });
}

/** The funding of the chosen route as core judged it when the note was saved. */
export const adviceFundingSchema = z.array(
  z.object({
    instrumentId: z.string(),
    title: z.string(),
    status: z.enum(["eligible", "not-eligible", "closed"]),
    amountEuro: z.number().nullable(),
  }),
);

export const nextStepsSchema = z
  .array(
    z.object({
      description: z.string().trim().min(3, "Beschrijf de vervolgstap (minstens 3 tekens).").max(300),
      dueOn: z.iso.date("Vul een geldige datum in voor de vervolgstap."),
    }),
  )
  .max(10, "Hoogstens 10 vervolgstappen.");

export const adviceNoteViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: adviceStatusSchema,
  goalFunctionId: z.string(),
  goalFunction: z.string(),
  routeId: z.string(),
  routeTitle: z.string(),
  learningRoute: learningRouteSchema.nullable(),
  durationMonths: z.number().int(),
  funding: adviceFundingSchema,
  adviceText: z.string(),
  nextSteps: nextStepsSchema,
  adviserName: z.string(),
  createdOn: z.iso.date(),
  givenOn: z.iso.date().nullable(),
  followedUpOn: z.iso.date().nullable(),
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  supersededById: z.string().nullable(),
});
export type AdviceNoteView = z.infer<typeof adviceNoteViewSchema>;

export const adviceNoteInclude = { supersededBy: { select: { id: true } } } as const;
type AdviceNoteRow = Prisma.AdviceNoteGetPayload<{ include: typeof adviceNoteInclude }>;

/** A stored note as the wire shows it; stored JSON that no longer reads shows as empty, never fails the page. */
export function toAdviceNoteView(note: AdviceNoteRow): AdviceNoteView {
  const funding = adviceFundingSchema.safeParse(note.funding);
  const steps = nextStepsSchema.safeParse(note.nextSteps);
  return {
    id: note.id,
    version: note.version,
    status: note.status,
    goalFunctionId: note.goalFunctionId,
    goalFunction: findFunction(childcareCatalog, note.goalFunctionId)?.title ?? note.goalFunctionId,
    routeId: note.routeId,
    routeTitle: note.routeTitle,
    learningRoute: note.learningRoute,
    durationMonths: note.durationMonths,
    funding: funding.success ? funding.data : [],
    adviceText: note.adviceText,
    nextSteps: steps.success ? steps.data : [],
    adviserName: note.adviserName,
    createdOn: isoDate(note.createdAt),
    givenOn: isoDateOrNull(note.givenAt),
    followedUpOn: isoDateOrNull(note.followedUpAt),
    supersedesId: note.supersedesId,
    correctionReason: note.correctionReason,
    supersededById: note.supersededBy?.id ?? null,
  };
}

type DeskContext = {
  prisma: Prisma.TransactionClient;
  regionOrganizationId: string;
  partnerOrganizationId: string | null;
};

/**
 * A note of a candidate the caller may see, with the candidate's registration and advice consent in
 * force now, and visible to this reader (a concept only to those who write advice); otherwise
 * NOT_FOUND (or FORBIDDEN without the advice consent).
 */
export async function findAdviceNote(ctx: DeskContext, noteId: string, mayWriteAdvice: boolean) {
  const note = own(
    await ctx.prisma.adviceNote.findFirst({
      where: {
        AND: [{ id: noteId }, scopeAdviceNotesForRegion(ctx.regionOrganizationId, candidateScope(ctx))],
      },
      include: adviceNoteInclude,
    }),
    "adviceNote",
  );
  const candidate = await findCandidate(ctx, note.candidateRegistrationId);
  requireAdviceConsent(candidate, ctx.regionOrganizationId);
  if (!isAdviceVisible(note.status, mayWriteAdvice)) throw notFound("adviceNote");
  return { note, candidate };
}
