import { ANSWERABLE_REFERRAL_STATUSES } from "@ontwikkelpad/core";
import { scopeReferralsForEmployer, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { referralAccessNow } from "../../../shared/consent.ts";
import { today } from "../../../shared/dates.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";
import { notFound } from "../../../shared/own.ts";
import { referralPersonWithIntake } from "./intake.ts";

/** The answer to accepting or declining a referral without the consent to share with this employer. */
const REFERRAL_WITHDRAWN_MESSAGE =
  "Deze voordracht is teruggetrokken: de kandidaat deelt de gegevens niet (meer) met jouw organisatie. Neem contact op met het regioloket als je de kandidaat toch wilt spreken.";

/**
 * The referral, addressed to this employer and answerable now, read in the answer's transaction:
 * another organisation's is NOT_FOUND; one whose consent to share with this employer is not in force
 * is refused as withdrawn; one already answered is refused.
 */
export async function answerableReferral(
  tx: Prisma.TransactionClient,
  referralId: string,
  organizationId: string,
) {
  const referral = await tx.referral.findFirst({
    where: { AND: [{ id: referralId }, scopeReferralsForEmployer(organizationId)] },
    include: { person: referralPersonWithIntake },
  });
  if (!referral) throw notFound("referral");
  const { view, answerable } = referralAccessNow(referral);
  if (view === "withdrawn") throw new TRPCError({ code: "FORBIDDEN", message: REFERRAL_WITHDRAWN_MESSAGE });
  if (!answerable)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Op deze voordracht is al gereageerd." });
  return referral;
}

/**
 * Stores the employer's answer only while the referral is still open, so a withdrawal (or a
 * colleague's answer) committed after it was read wins instead of being overwritten. The region desk
 * that referred, and the partner that registered the candidate, hear of the answer.
 */
export async function storeAnswer(
  tx: Prisma.TransactionClient,
  referralId: string,
  data: { status: "HIRED" | "DECLINED"; responseNote: string | null; respondedAt: Date },
) {
  const { count } = await tx.referral.updateMany({
    where: { id: referralId, status: { in: [...ANSWERABLE_REFERRAL_STATUSES] } },
    data,
  });
  if (count === 0)
    throw new TRPCError({
      code: "CONFLICT",
      message: "Deze voordracht is intussen gewijzigd. Laad de pagina opnieuw en bekijk de voordracht.",
    });
  const { regionOrganizationId, person } = await tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: {
      regionOrganizationId: true,
      person: { select: { registration: { select: { partnerOrganizationId: true } } } },
    },
  });
  const partnerOrganizationId = person.registration?.partnerOrganizationId;
  for (const organizationId of [
    regionOrganizationId,
    ...(partnerOrganizationId ? [partnerOrganizationId] : []),
  ])
    await recordNotificationMail(tx, organizationId, today());
}
