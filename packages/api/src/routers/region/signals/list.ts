import { childcareCatalog, findWorkProcess, perturbCount, protectedCountSchema } from "@ontwikkelpad/core";
import { scopeSkillGapSignalsForRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { regionProcedure } from "../../../trpc.ts";

/**
 * The skill-gap signals the mentor teams of the region's adopted classes sent, newest first, with their
 * follow-up. The learner counts are about people in the school's records: each is protected with core's
 * cell key method, its noise drawn from the signal's own record key (a signal never changes, so
 * neither does its figure).
 */
export const list = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        workProcess: z.string(),
        note: z.string(),
        mentorTeam: z.string(),
        school: z.string(),
        schoolClass: z.string(),
        sentOn: z.iso.date(),
        /** The docent who sent it; null for signals from before the school recorded the sender. */
        sentBy: z.string().nullable(),
        /** The class's learners still "nog niet" out of those rated when it was sent, protected. */
        learners: z.object({ struggling: protectedCountSchema, rated: protectedCountSchema }).nullable(),
        acknowledgedOn: z.iso.date().nullable(),
        acknowledgedBy: z.string().nullable(),
        discussedOn: z.iso.date().nullable(),
        regiegroepNote: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const signals = await ctx.prisma.skillGapSignal.findMany({
      where: scopeSkillGapSignalsForRegion(ctx.organizationId),
      select: {
        id: true,
        workProcessId: true,
        note: true,
        createdAt: true,
        sentBy: { select: { displayName: true } },
        learnersRated: true,
        learnersStruggling: true,
        recordKey: true,
        mentorTeam: {
          select: {
            name: true,
            school: { select: { name: true } },
            schoolClass: { select: { name: true } },
          },
        },
        review: {
          select: {
            acknowledgedAt: true,
            discussedOn: true,
            regiegroepNote: true,
            acknowledgedBy: { select: { displayName: true } },
          },
        },
      },
      orderBy: { createdAt: "desc" },
    });
    return signals.map((s) => {
      const wp = findWorkProcess(childcareCatalog, s.workProcessId);
      return {
        id: s.id,
        workProcess: wp ? `${wp.code} ${wp.title}` : s.workProcessId,
        note: s.note,
        mentorTeam: s.mentorTeam.name,
        school: s.mentorTeam.school.name,
        schoolClass: s.mentorTeam.schoolClass.name,
        sentOn: isoDate(s.createdAt),
        sentBy: s.sentBy?.displayName ?? null,
        learners:
          s.learnersRated === null || s.learnersStruggling === null
            ? null
            : {
                struggling: perturbCount(s.learnersStruggling, s.recordKey),
                rated: perturbCount(s.learnersRated, s.recordKey),
              },
        acknowledgedOn: isoDateOrNull(s.review?.acknowledgedAt),
        acknowledgedBy: s.review?.acknowledgedBy?.displayName ?? null,
        discussedOn: isoDateOrNull(s.review?.discussedOn),
        regiegroepNote: s.review?.regiegroepNote ?? null,
      };
    });
  });
