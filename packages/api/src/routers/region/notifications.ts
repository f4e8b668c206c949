import { z } from "zod";
import { today } from "../../shared/dates.ts";
import { notificationSchema } from "../../shared/notifications/notification.ts";
import { readRegionNotifications } from "../../shared/notifications/region.ts";
import { router } from "../../trpc.ts";
import { regionDeskProcedure } from "./_shared/region-desk.ts";

// The desk's partners get notifications too: the answers to the referrals of their own candidates.
const procedure = regionDeskProcedure.meta({ action: "regionDeskMember" }).input(z.void());
type Ctx = Parameters<Parameters<typeof procedure.query>[0]>[0]["ctx"];
const read = (ctx: Ctx) =>
  readRegionNotifications(
    ctx.prisma,
    {
      organizationId: ctx.organizationId,
      regionOrganizationId: ctx.regionOrganizationId,
      partnerOrganizationId: ctx.partnerOrganizationId,
      userId: ctx.session.userId,
      roles: ctx.roles,
    },
    today(),
  );

/** What waits for the signed-in user at the region desk, each with the page where it is done. */
const list = procedure.output(z.array(notificationSchema)).query(({ ctx }) => read(ctx));

/** How many notifications wait: the bell's number. */
const count = procedure
  .output(z.object({ count: z.number().int() }))
  .query(async ({ ctx }) => ({ count: (await read(ctx)).length }));

export const notificationsRouter = router({ list, count });
