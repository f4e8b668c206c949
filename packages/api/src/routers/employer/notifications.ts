import { z } from "zod";
import { today } from "../../shared/dates.ts";
import { readEmployerNotifications } from "../../shared/notifications/employer.ts";
import { notificationSchema } from "../../shared/notifications/notification.ts";
import { employerProcedure, router } from "../../trpc.ts";

const procedure = employerProcedure.meta({ action: "employerMember" }).input(z.void());
type Ctx = Parameters<Parameters<typeof procedure.query>[0]>[0]["ctx"];
const read = (ctx: Ctx) =>
  readEmployerNotifications(
    ctx.prisma,
    { organizationId: ctx.organizationId, userId: ctx.session.userId, roles: ctx.roles },
    today(),
  );

/** What waits for the signed-in user in the active organisation, each with the page where it is done. */
const list = procedure.output(z.array(notificationSchema)).query(({ ctx }) => read(ctx));

/** How many notifications wait: the bell's number. */
const count = procedure
  .output(z.object({ count: z.number().int() }))
  .query(async ({ ctx }) => ({ count: (await read(ctx)).length }));

export const notificationsRouter = router({ list, count });
