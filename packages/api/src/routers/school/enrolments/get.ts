import { type CoachRole, ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization, scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { learningRouteSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { pokState, pokStateSchema, readPokFacts } from "./pok-view.ts";

const option = z.object({ id: z.string(), name: z.string() });

/** One enrolment with its POK, what it still lacks, and the people and places it may name. */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ enrolmentId: z.string().min(1) }))
  .output(
    z.object({
      id: z.string(),
      school: z.string(),
      personId: z.string(),
      person: z.string(),
      employer: z.string(),
      credentialTitle: z.string(),
      programme: z.string().nullable(),
      learningRoute: learningRouteSchema,
      locationId: z.string().nullable(),
      workplaceTrainerUserId: z.string().nullable(),
      teacherUserId: z.string().nullable(),
      startDate: z.iso.date().nullable(),
      endDate: z.iso.date().nullable(),
      totalHours: z.number().nullable(),
      hoursPerWeek: z.number().nullable(),
      daysPerWeek: z.number().nullable(),
      signedOn: z.iso.date().nullable(),
      statusReason: z.string().nullable(),
      pok: pokStateSchema,
      locations: z.array(option),
      workplaceTrainers: z.array(option),
      teachers: z.array(option),
    }),
  )
  .query(async ({ ctx, input }) => {
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, {
      person: { select: { givenName: true, familyName: true } },
      employer: { select: { name: true } },
      school: { select: { name: true } },
      trainingOffer: { select: { title: true } },
    });
    const members = (organizationId: string, role: CoachRole) =>
      ctx.prisma.membership.findMany({
        where: { ...scopeMembershipsOfOrganization(organizationId), role },
        select: { user: { select: { id: true, displayName: true } } },
      });
    const [facts, locations, trainers, teachers] = await Promise.all([
      readPokFacts(ctx.prisma, enrolment),
      ctx.prisma.location.findMany({
        where: scopeOwnedByEmployer(enrolment.employerOrganizationId),
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      members(enrolment.employerOrganizationId, ROLES.WORKPLACE_TRAINER),
      members(ctx.organizationId, ROLES.TEACHER),
    ]);
    const people = (rows: Awaited<ReturnType<typeof members>>) =>
      rows.map((m) => ({ id: m.user.id, name: m.user.displayName }));
    const endDate = isoDateOrNull(enrolment.pokEndDate);
    return {
      id: enrolment.id,
      school: enrolment.school.name,
      personId: enrolment.personId,
      person: personName(enrolment.person),
      employer: enrolment.employer.name,
      credentialTitle: credentialTitle(enrolment.credentialId),
      programme: enrolment.trainingOffer?.title ?? null,
      learningRoute: enrolment.learningRoute,
      locationId: enrolment.locationId,
      workplaceTrainerUserId: enrolment.workplaceTrainerUserId,
      teacherUserId: enrolment.teacherUserId,
      startDate: isoDateOrNull(enrolment.pokStartDate),
      endDate,
      totalHours: enrolment.pokTotalHours,
      hoursPerWeek: enrolment.pokHoursPerWeek,
      daysPerWeek: enrolment.pokDaysPerWeek,
      signedOn: isoDateOrNull(enrolment.pokSignedOn),
      statusReason: enrolment.pokStatusReason,
      pok: pokState(facts, endDate),
      locations,
      workplaceTrainers: people(trainers),
      teachers: people(teachers),
    };
  });
