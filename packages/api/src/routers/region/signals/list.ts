import { childcareCatalog, findWorkProcess, publishedCountSchema, suppressCount } from "@ontwikkelpad/core";
import { scopeSkillGapSignalsForRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { regionProcedure } from "../../../trpc.ts";

/**
 * The skill-gap signals the mentor teams of the region's adopted classes sent, newest first, with their
 * follow-up. A class is small, so its counts follow the region's small-number rule.
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
        /** The class's learners still "nog niet" out of those rated when it was sent, small counts hidden. */
        learners: z.object({ struggling: publishedCountSchema, rated: publishedCountSchema }).nullable(),
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
            : { struggling: suppressCount(s.learnersStruggling), rated: suppressCount(s.learnersRated) },
        acknowledgedOn: isoDateOrNull(s.review?.acknowledgedAt),
        acknowledgedBy: s.review?.acknowledgedBy?.displayName ?? null,
        discussedOn: isoDateOrNull(s.review?.discussedOn),
        regiegroepNote: s.review?.regiegroepNote ?? null,
      };
    });
  });
