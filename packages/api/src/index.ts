export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root.ts";
export {
  createContext,
  type Context,
  type ContextOptions,
  SESSION_COOKIE,
  CSRF_COOKIE,
  CSRF_HEADER,
} from "./context.ts";
export { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "./database-outage.ts";
