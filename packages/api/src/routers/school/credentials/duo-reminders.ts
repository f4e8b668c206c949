import { duoReportDeadline } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readSnapshot } from "../../../shared/issued-snapshot.ts";
import { issuedInclude } from "./issued-view.ts";

/**
 * Diplomas the school issued whose data it has not yet marked as reported to DUO, with the deadline
 * (14 days after the result date) and the days left; overdue ones first. The platform never sends.
 */
export const duoReminders = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        credentialId: z.string(),
        personId: z.string(),
        learner: z.string(),
        title: z.string(),
        resultOn: z.iso.date(),
        dueOn: z.iso.date(),
        /** Negative: that many days overdue. */
        daysLeft: z.number().int(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.issuedCredential.findMany({
      where: {
        ...scopeOwnedBySchool(ctx.organizationId),
        kind: "DIPLOMA",
        supersededById: null,
        duoReport: null,
      },
      include: issuedInclude,
    });
    const date = today();
    return rows
      .map((row) => {
        const resultOn = isoDate(row.resultOn ?? row.issuedOn);
        const snapshot = readSnapshot(row);
        return {
          credentialId: row.id,
          personId: row.personId,
          learner: snapshot.learnerName,
          title: snapshot.achievement.title,
          resultOn,
          ...duoReportDeadline(resultOn, date),
        };
      })
      .toSorted((a, b) => a.daysLeft - b.daysLeft);
  });
