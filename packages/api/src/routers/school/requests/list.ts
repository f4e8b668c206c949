import { childcareCatalog, findCredential } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "../../../dates.ts";
import { personName } from "../../../person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";

export const requestRowSchema = z.object({
  id: z.string(),
  kind: z.enum(["TRAINING", "CREDENTIAL"]),
  person: z.string(),
  employer: z.string(),
  credentialId: z.string(),
  credentialTitle: z.string(),
  learningRoute: z.enum(["BOL", "BBL", "DERDE_LEERWEG"]).nullable(),
  offer: z.string().nullable(),
  status: z.enum(["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "ISSUED"]),
  /** For an accepted training request: the employer agreed to the proposal. */
  proposalAccepted: z.boolean(),
  receivedOn: z.iso.date(),
});

const titleOf = (id: string) => findCredential(childcareCatalog, id)?.title ?? id;

/** The school's inbox: training and credential requests from employers, newest first. */
export const list = schoolProcedure
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
        credentialTitle: titleOf(r.credentialId),
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
        credentialTitle: titleOf(r.credentialId),
        learningRoute: null,
        offer: null,
        status: r.status,
        proposalAccepted: false,
        receivedOn: isoDate(r.createdAt),
      })),
    ].toSorted((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  });
