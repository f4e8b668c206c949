import { currentRecords, isPokOpenForEvidence, monthlyTotals, COACH_ROLES, ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { pokPeriod, pokPeriodInclude } from "./pok-period.ts";

const coachRoleSchema = z.enum(COACH_ROLES);
const correction = {
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  /** A later entry corrected this one: it no longer counts. */
  superseded: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
};

/** A POK's attendance register and coaching log (corrections included), with the totals per month. */
export const evidence = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ enrolmentId: z.string().min(1) }))
  .output(
    z.object({
      /** Entries may be recorded: the POK is signed or has ended. */
      open: z.boolean(),
      startDate: z.iso.date().nullable(),
      endDate: z.iso.date().nullable(),
      attendance: z.array(
        z.object({
          id: z.string(),
          date: z.iso.date(),
          present: z.boolean(),
          hoursPresent: z.number(),
          absenceReason: z.string().nullable(),
          ...correction,
        }),
      ),
      coaching: z.array(
        z.object({
          id: z.string(),
          date: z.iso.date(),
          minutes: z.number(),
          coachUserId: z.string(),
          coach: z.string(),
          coachRole: coachRoleSchema,
          topic: z.string(),
          note: z.string().nullable(),
          ...correction,
        }),
      ),
      months: z.array(
        z.object({
          month: z.string(),
          hoursPresent: z.number(),
          daysPresent: z.number(),
          daysAbsent: z.number(),
          coachingSessions: z.number(),
          coachingMinutes: z.number(),
        }),
      ),
      coaches: z.array(z.object({ id: z.string(), name: z.string(), role: coachRoleSchema })),
    }),
  )
  .query(async ({ ctx, input }) => {
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, pokPeriodInclude);
    const period = pokPeriod(enrolment);
    const recordedBy = { select: { displayName: true } };
    const [attendanceRows, coachingRows, trainers, teachers] = await Promise.all([
      ctx.prisma.pokAttendance.findMany({
        where: { enrolmentId: enrolment.id },
        include: { recordedBy, supersededBy: { select: { id: true } } },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      }),
      ctx.prisma.pokCoaching.findMany({
        where: { enrolmentId: enrolment.id },
        include: { recordedBy, coach: recordedBy, supersededBy: { select: { id: true } } },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      }),
      ctx.prisma.membership.findMany({
        where: {
          ...scopeMembershipsOfOrganization(enrolment.employerOrganizationId),
          role: ROLES.WORKPLACE_TRAINER,
        },
        select: { user: { select: { id: true, displayName: true } } },
      }),
      ctx.prisma.membership.findMany({
        where: { ...scopeMembershipsOfOrganization(ctx.organizationId), role: ROLES.TEACHER },
        select: { user: { select: { id: true, displayName: true } } },
      }),
    ]);
    const attendance = attendanceRows.map((a) => ({
      id: a.id,
      date: isoDate(a.date),
      present: a.present,
      hoursPresent: a.hoursPresent,
      absenceReason: a.absenceReason,
      supersedesId: a.supersedesId,
      correctionReason: a.correctionReason,
      superseded: a.supersededBy !== null,
      recordedBy: a.recordedBy.displayName,
      recordedAt: a.createdAt.toISOString(),
    }));
    const coaching = coachingRows.map((c) => ({
      id: c.id,
      date: isoDate(c.date),
      minutes: c.minutes,
      coachUserId: c.coachUserId,
      coach: c.coach.displayName,
      coachRole: c.coachRole === ROLES.WORKPLACE_TRAINER ? ROLES.WORKPLACE_TRAINER : ROLES.TEACHER,
      topic: c.topic,
      note: c.note,
      supersedesId: c.supersedesId,
      correctionReason: c.correctionReason,
      superseded: c.supersededBy !== null,
      recordedBy: c.recordedBy.displayName,
      recordedAt: c.createdAt.toISOString(),
    }));
    return {
      open: isPokOpenForEvidence(period.status),
      startDate: period.startDate,
      endDate: period.endDate,
      attendance,
      coaching,
      months: monthlyTotals(currentRecords(attendance), currentRecords(coaching)),
      coaches: [
        ...trainers.map((m) => ({
          id: m.user.id,
          name: m.user.displayName,
          role: ROLES.WORKPLACE_TRAINER,
        })),
        ...teachers.map((m) => ({ id: m.user.id, name: m.user.displayName, role: ROLES.TEACHER })),
      ],
    };
  });
