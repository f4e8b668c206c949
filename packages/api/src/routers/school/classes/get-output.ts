import { COACH_ROLES } from "@ontwikkelpad/core";
import { z } from "zod";

const memberRoleSchema = z.enum(COACH_ROLES);

/**
 * What the class page shows: the class with its learners, adopting employers, mentor team, reflection
 * notes, skill gaps and the signals sent to the regiegroep, plus the choices for adding to each.
 */
export const classViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  credentialTitle: z.string(),
  cohortYear: z.number().int(),
  region: z.string().nullable(),
  canManage: z.boolean(),
  canWrite: z.boolean(),
  /** This week (ISO), the week picker's default. */
  currentWeek: z.string(),
  learners: z.array(
    z.object({
      enrolmentId: z.string(),
      name: z.string(),
      employer: z.string(),
      credentialTitle: z.string(),
    }),
  ),
  learnerOptions: z.array(
    z.object({
      enrolmentId: z.string(),
      name: z.string(),
      employer: z.string(),
      credentialTitle: z.string(),
    }),
  ),
  adoptions: z.array(z.object({ employerId: z.string(), name: z.string(), learners: z.number().int() })),
  employerOptions: z.array(
    z.object({ employerId: z.string(), name: z.string(), learners: z.number().int() }),
  ),
  team: z.array(
    z.object({ userId: z.string(), name: z.string(), organization: z.string(), role: memberRoleSchema }),
  ),
  memberOptions: z.array(
    z.object({ userId: z.string(), name: z.string(), organization: z.string(), role: memberRoleSchema }),
  ),
  notes: z.array(
    z.object({
      id: z.string(),
      isoWeek: z.string(),
      enrolmentId: z.string(),
      learner: z.string(),
      text: z.string(),
      author: z.string(),
      writtenAt: z.iso.datetime(),
    }),
  ),
  skillGaps: z.array(
    z.object({
      workProcessId: z.string(),
      workProcess: z.string(),
      rated: z.number().int(),
      struggling: z.number().int(),
      lastSentOn: z.iso.date().nullable(),
    }),
  ),
  signals: z.array(
    z.object({
      id: z.string(),
      workProcess: z.string(),
      note: z.string(),
      sentOn: z.iso.date(),
      sentBy: z.string().nullable(),
      rated: z.number().int().nullable(),
      struggling: z.number().int().nullable(),
      acknowledgedOn: z.iso.date().nullable(),
      discussedOn: z.iso.date().nullable(),
      regiegroepNote: z.string().nullable(),
    }),
  ),
});
