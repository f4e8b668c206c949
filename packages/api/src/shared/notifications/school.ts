import { can, duoReportDeadline } from "@ontwikkelpad/core";
import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { isoDate } from "../dates.ts";
import { personName } from "../person-profile.ts";
import type { Notification, Recipient } from "./notification.ts";

const nameOnly = { select: { id: true, givenName: true, familyName: true } } as const;
const employerName = { select: { name: true } } as const;

/**
 * What waits for `recipient` in their school on `date`, by role: the opleidingsadviseur answers the
 * training requests that arrived; the opleidingsadviseur and the examinator answer the praktijkverklaring
 * requests and report diplomas to DUO (14 days after the result, core's `duoReportDeadline`); whoever
 * manages POKs signs a POK sent for signature for the school.
 */
export async function readSchoolNotifications(
  prisma: Prisma.TransactionClient,
  recipient: Recipient,
  date: string,
): Promise<Notification[]> {
  const { organizationId, roles } = recipient;
  const own = scopeOwnedBySchool(organizationId);
  const [trainingRequests, credentialRequests, poks, diplomas] = await Promise.all([
    can(roles, "answerTrainingRequests")
      ? prisma.trainingRequest.findMany({
          where: { ...own, status: "SUBMITTED" },
          select: { id: true, createdAt: true, person: nameOnly, employer: employerName },
          orderBy: { createdAt: "asc" },
        })
      : [],
    can(roles, "issuePraktijkverklaringen")
      ? prisma.credentialRequest.findMany({
          where: { ...own, status: "SUBMITTED" },
          select: { id: true, createdAt: true, person: nameOnly, employer: employerName },
          orderBy: { createdAt: "asc" },
        })
      : [],
    can(roles, "managePoks")
      ? prisma.enrolment.findMany({
          where: { ...own, pokStatus: "SENT", pokSchoolSignedOn: null },
          select: { id: true, person: nameOnly, employer: employerName },
          orderBy: { createdAt: "asc" },
        })
      : [],
    can(roles, "issuePraktijkverklaringen")
      ? prisma.issuedCredential.findMany({
          where: { ...own, kind: "DIPLOMA", supersededById: null, duoReport: null },
          select: { resultOn: true, issuedOn: true, person: nameOnly },
          orderBy: { issuedOn: "asc" },
        })
      : [],
  ]);

  const request = (kind: "trainingRequest" | "credentialRequest", page: string) =>
    function toNotification(r: (typeof trainingRequests)[number]): Notification {
      return {
        kind,
        personId: r.person.id,
        name: personName(r.person),
        count: 1,
        on: isoDate(r.createdAt),
        overdue: false,
        detail: r.employer.name,
        link: `/aanvragen/${page}/${r.id}`,
      };
    };
  return [
    ...trainingRequests.map(request("trainingRequest", "scholing")),
    ...credentialRequests.map(request("credentialRequest", "verklaring")),
    ...poks.map((e) => ({
      kind: "pokToSign" as const,
      personId: e.person.id,
      name: personName(e.person),
      count: 1,
      on: null,
      overdue: false,
      detail: e.employer.name,
      link: `/inschrijvingen/${e.id}`,
    })),
    ...diplomas.map((d) => {
      const { dueOn, daysLeft } = duoReportDeadline(isoDate(d.resultOn ?? d.issuedOn), date);
      return {
        kind: "duoReport" as const,
        personId: d.person.id,
        name: personName(d.person),
        count: 1,
        on: dueOn,
        overdue: daysLeft < 0,
        detail: null,
        link: `/uitgeven/${d.person.id}`,
      };
    }),
  ];
}
