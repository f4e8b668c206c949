import { childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import { scopeSkillGapSignalsForRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { regionProcedure } from "../../../trpc.ts";

/** The skill-gap signals the mentor teams of the region's adopted classes sent, newest first, with their follow-up. */
export const list = regionProcedure
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
        acknowledgedOn: isoDateOrNull(s.review?.acknowledgedAt),
        acknowledgedBy: s.review?.acknowledgedBy?.displayName ?? null,
        discussedOn: isoDateOrNull(s.review?.discussedOn),
        regiegroepNote: s.review?.regiegroepNote ?? null,
      };
    });
  });
