import { type CoachRole, ROLES, childcareCatalog, findCredentialCrebo } from "@ontwikkelpad/core";
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

/** "Dorpsstraat 1, 3011 AA Rotterdam", from the parts an address has. */
const addressOf = (parts: { street: string | null; postalCode: string | null; city: string }) =>
  [parts.street, [parts.postalCode, parts.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");

/**
 * One enrolment with its POK, what it still lacks, and the people and places it may name; with what the
 * signed document states of the parties (crebo, KvK, BRIN, the workplace's address) and the hours at
 * the workplace (the POK's own) next to the hours at school (the offer's lessons).
 */
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
      crebo: z.string().nullable(),
      /** The school's BRIN or instellingscode and its city. */
      schoolRegistryNumber: z.string().nullable(),
      schoolCity: z.string().nullable(),
      /** The leerbedrijf's KvK number, and the address of the location where the learner works. */
      employerRegistryNumber: z.string().nullable(),
      workplaceAddress: z.string().nullable(),
      /** Lesson hours per week at school: the offer's; `hoursPerWeek` is the hours at the workplace. */
      schoolHoursPerWeek: z.number().nullable(),
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
      employer: { select: { name: true, registryNumber: true, city: true } },
      school: { select: { name: true, registryNumber: true, city: true } },
      trainingOffer: { select: { title: true, hoursPerWeek: true } },
      location: { select: { street: true, postalCode: true, city: true } },
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
      crebo: findCredentialCrebo(childcareCatalog, enrolment.credentialId),
      schoolRegistryNumber: enrolment.school.registryNumber,
      schoolCity: enrolment.school.city,
      employerRegistryNumber: enrolment.employer.registryNumber,
      workplaceAddress: enrolment.location ? addressOf(enrolment.location) : enrolment.employer.city,
      schoolHoursPerWeek: enrolment.trainingOffer?.hoursPerWeek ?? null,
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
