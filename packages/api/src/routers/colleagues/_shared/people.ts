import { randomBytes } from "node:crypto";
import { PEOPLE_ACTIONS, ROLES_OF_KIND, STAFFED_KINDS, type StaffedKind } from "@ontwikkelpad/core";
import type { Prisma, Role } from "@ontwikkelpad/db";
import { addDays } from "date-fns";
import { z } from "zod";
import { hashToken } from "../../../context.ts";
import { requireAction, type Authorization } from "../../../shared/authorization.ts";
import { fieldError } from "../../../shared/field-error.ts";
import { notFound } from "../../../shared/own.ts";

/** A role an employer, school or region gives its people; which ones a kind gives is `ROLES_OF_KIND`. */
export const staffRoleSchema = z.enum(
  [...ROLES_OF_KIND.EMPLOYER, ...ROLES_OF_KIND.SCHOOL, ...ROLES_OF_KIND.REGION],
  { error: "Kies een rol." },
);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** The actions the procedures choose from by the organisation's kind (core's `PEOPLE_ACTIONS`). */
export const MEMBER_ACTIONS = STAFFED_KINDS.map((kind) => PEOPLE_ACTIONS[kind].member);
export const MANAGE_ACTIONS = STAFFED_KINDS.map((kind) => PEOPLE_ACTIONS[kind].manage);

const ONLY_ADMIN: Record<StaffedKind, string> = {
  EMPLOYER: "Alleen een beheerder kan collega's uitnodigen of hun rollen wijzigen.",
  SCHOOL: "Alleen een opleidingsadviseur kan medewerkers van de school uitnodigen of hun rollen wijzigen.",
  REGION: "Alleen een regiecoördinator kan medewerkers van de regio uitnodigen of hun rollen wijzigen.",
};

/** Why the last admin keeps their role, per kind: who the admin is there. */
export const LAST_ADMIN: Record<StaffedKind, string> = {
  EMPLOYER: "De organisatie houdt minstens één beheerder. Maak eerst een andere collega beheerder.",
  SCHOOL:
    "De school houdt minstens één opleidingsadviseur, die de medewerkers beheert. Geef eerst een andere medewerker die rol.",
  REGION:
    "De regio houdt minstens één regiecoördinator, die de medewerkers beheert. Geef eerst een andere medewerker die rol.",
};

interface StaffContext {
  organizationKind: StaffedKind;
  roles: readonly Role[];
  authorization: Authorization;
}

/** Refuses everyone but the organisation's admins (core's `PEOPLE_ACTIONS[kind].manage`). */
export function requireAdmin(ctx: StaffContext): void {
  requireAction(ctx, ONLY_ADMIN[ctx.organizationKind], PEOPLE_ACTIONS[ctx.organizationKind].manage);
}

/** Lets every member of the organisation read its people. */
export function requireMember(ctx: StaffContext): void {
  requireAction(ctx, "Dit onderdeel hoort niet bij jouw rol.", PEOPLE_ACTIONS[ctx.organizationKind].member);
}

/** Refuses a role another kind of organisation gives, next to the field `field`. */
export function requireRolesOfKind(kind: StaffedKind, roles: readonly StaffRole[], field: string): void {
  const own: readonly string[] = ROLES_OF_KIND[kind];
  if (roles.some((role) => !own.includes(role)))
    throw fieldError(field, "Kies een rol die bij jouw organisatie hoort.");
}

/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 14;

/** A new link's token (given once to the admin), the hash that is stored, and when it expires. */
export function newInvitationLink(now: Date = new Date()) {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: addDays(now, INVITATION_DAYS) };
}

/** The organisation's invitation that is not yet accepted or revoked (expired or not), or NOT_FOUND. */
export async function findOpenInvitation(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  invitationId: string,
) {
  const invitation = await prisma.invitation.findFirst({
    where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
  });
  if (!invitation) throw notFound("invitation");
  return invitation;
}
