import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import {
  credentialRequestStatusSchema,
  learningRouteSchema,
  trainingRequestStatusSchema,
} from "../../../shared/enums.ts";
import { credentialTitle } from "../../../shared/catalog-titles.ts";

export const requestRowSchema = z.object({
  id: z.string(),
  kind: z.enum(["TRAINING", "CREDENTIAL"]),
  person: z.string(),
  employer: z.string(),
  credentialId: z.string(),
  credentialTitle: z.string(),
  learningRoute: learningRouteSchema.nullable(),
  offer: z.string().nullable(),
  status: z.union([trainingRequestStatusSchema, credentialRequestStatusSchema]),
  /** For an accepted training request: the employer agreed to the proposal. */
  proposalAccepted: z.boolean(),
  receivedOn: z.iso.date(),
});

/** The school's inbox: training and credential requests from employers, newest first. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(z.array(requestRowSchema))
  .query(async ({ ctx }) => {
    const scope = scopeOwnedBySchool(ctx.organizationId);
    const people = { select: { givenName: true, familyName: true } } as const;
    const employer = { select: { name: true } } as const;
    const [training, credentials] = await Promise.all([
      ctx.prisma.trainingRequest.findMany({
        where: scope,
        include: { person: people, employer, trainingOffer: { select: { title: true } } },
      }),
      ctx.prisma.credentialRequest.findMany({ where: scope, include: { person: people, employer } }),
    ]);
    return [
      ...training.map((r) => ({
        id: r.id,
        kind: "TRAINING" as const,
        person: personName(r.person),
        employer: r.employer.name,
        credentialId: r.credentialId,
        credentialTitle: credentialTitle(r.credentialId),
        learningRoute: r.learningRoute,
        offer: r.trainingOffer?.title ?? null,
        status: r.status,
        proposalAccepted: r.proposalAcceptedAt !== null,
        receivedOn: isoDate(r.createdAt),
      })),
      ...credentials.map((r) => ({
        id: r.id,
        kind: "CREDENTIAL" as const,
        person: personName(r.person),
        employer: r.employer.name,
        credentialId: r.credentialId,
        credentialTitle: credentialTitle(r.credentialId),
        learningRoute: null,
        offer: null,
        status: r.status,
        proposalAccepted: false,
        receivedOn: isoDate(r.createdAt),
      })),
    ].toSorted((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  });
