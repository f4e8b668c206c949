import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account/router.ts";
import { authRouter } from "./routers/auth.ts";
import { catalogRouter } from "./routers/catalog.ts";
import { colleaguesRouter } from "./routers/colleagues/router.ts";
import { employerRouter } from "./routers/employer/router.ts";
import { invitationsRouter } from "./routers/invitations/router.ts";
import { myPathRouter } from "./routers/my-path/router.ts";
import { regionRouter } from "./routers/region/router.ts";
import { schoolRouter } from "./routers/school/router.ts";
import { verificationRouter } from "./routers/verification/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  account: accountRouter,
  auth: authRouter,
  catalog: catalogRouter,
  colleagues: colleaguesRouter,
  employer: employerRouter,
  invitations: invitationsRouter,
  myPath: myPathRouter,
  school: schoolRouter,
  region: regionRouter,
  verification: verificationRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
