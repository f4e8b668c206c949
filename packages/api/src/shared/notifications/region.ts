import { can, childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import {
  scopeCandidatesForPartner,
  scopeCandidatesForRegion,
  scopeSkillGapSignalsForRegion,
  type Prisma,
} from "@ontwikkelpad/db";
import { addDays } from "date-fns";
import { dateColumn, isoDate } from "../dates.ts";
import { personName } from "../person-profile.ts";
import { ANSWER_DAYS, type Notification, type Recipient } from "./notification.ts";

/** A region desk member: the region's own staff (no partner) or a partner working for the region. */
export interface DeskRecipient extends Recipient {
  regionOrganizationId: string;
  partnerOrganizationId: string | null;
}

/**
 * What waits for `recipient` at the region desk on `date`: the coordinator acknowledges the skill-gap
 * signals that arrived; whoever refers candidates (the coordinator, a WSP-adviseur, a partner's
 * adviseur for its own candidates) follows up the employers' answers of the last 30 days. A candidate
 * is named only while the desk may see them (the registration consent in force).
 */
export async function readRegionNotifications(
  prisma: Prisma.TransactionClient,
  recipient: DeskRecipient,
  date: string,
): Promise<Notification[]> {
  const { regionOrganizationId, partnerOrganizationId, roles } = recipient;
  const candidates = partnerOrganizationId
    ? scopeCandidatesForPartner(regionOrganizationId, partnerOrganizationId)
    : scopeCandidatesForRegion(regionOrganizationId);
  const [signals, answered] = await Promise.all([
    can(roles, "reviewSignals") && !partnerOrganizationId
      ? prisma.skillGapSignal.findMany({
          where: { AND: [scopeSkillGapSignalsForRegion(regionOrganizationId), { review: null }] },
          select: { workProcessId: true, createdAt: true, mentorTeam: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        })
      : [],
    can(roles, "referCandidates")
      ? prisma.referral.findMany({
          where: {
            regionOrganizationId,
            status: { in: ["INTRODUCED", "HIRED", "DECLINED"] },
            respondedAt: { gte: addDays(dateColumn(date), -ANSWER_DAYS) },
            person: { registration: candidates },
          },
          select: {
            respondedAt: true,
            employer: { select: { name: true } },
            person: { select: { givenName: true, familyName: true, registration: { select: { id: true } } } },
          },
          orderBy: { respondedAt: "desc" },
        })
      : [],
  ]);
  return [
    ...signals.map((s) => {
      const wp = findWorkProcess(childcareCatalog, s.workProcessId);
      return {
        kind: "skillGapSignal" as const,
        personId: null,
        name: wp ? `${wp.code} ${wp.title}` : s.workProcessId,
        count: 1,
        on: isoDate(s.createdAt),
        overdue: false,
        detail: s.mentorTeam.name,
        link: "/signalen",
      };
    }),
    ...answered.map((r) => ({
      kind: "referralAnswered" as const,
      personId: null,
      name: personName(r.person),
      count: 1,
      on: isoDate(r.respondedAt!),
      overdue: false,
      detail: r.employer.name,
      link: `/kandidaten/${r.person.registration!.id}`,
    })),
  ];
}
