// The server's background mail: apart from the api's index, so the portals' type-check never reads it.
export { startJobQueue, type JobQueue } from "./queue.ts";
export { mailTransportFromEnv } from "./transport.ts";
export { startMailWorker } from "./worker.ts";
export {
  mailSettingsPath,
  readUnsubscribeToken,
  unsubscribe,
  unsubscribeUrl,
  UNSUBSCRIBE_PATH,
} from "./unsubscribe.ts";
