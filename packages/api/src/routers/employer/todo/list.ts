import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { readEmployerNotifications } from "../../../shared/notifications/employer.ts";
import { notificationSchema } from "../../../shared/notifications/notification.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * The signed-in user's to-do list in the active organisation, by role: the same items as their
 * notifications (`readEmployerNotifications`), each with the page where it is done.
 */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(notificationSchema))
  .query(({ ctx }) =>
    readEmployerNotifications(
      ctx.prisma,
      { organizationId: ctx.organizationId, userId: ctx.session.userId, roles: ctx.roles },
      today(),
    ),
  );
