import { DEFAULT_DATA_DIR } from "@ontwikkelpad/db";
import { z } from "zod";
import { DEFAULT_PORTALS_DIR } from "./portals.ts";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Server settings from the environment, with defaults for the embedded mode. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO: booleanFlag.default(true),
  /** Folder with the portals' builds: <employer|school|region>/dist (the repository's apps/ by default). */
  PORTALS_DIR: z.string().min(1).default(DEFAULT_PORTALS_DIR),
  /**
   * How many reverse proxies in front of the server add X-Forwarded-For and X-Forwarded-Proto: the
   * client's address and HTTPS are read from them only then (`true` means one, `false` none).
   */
  TRUST_PROXY: z
    .union([
      z.enum(["true", "false"]).transform((v) => (v === "true" ? 1 : 0)),
      z.coerce.number().int().min(0),
    ])
    .default(0),
  /**
   * The SMTP server notification mail goes through (`smtp://user:password@host:587`); without it each
   * mail is written as an `.eml` file in `<DATA_DIR>/mail` (the api's `mailTransportFromEnv` reads it).
   */
  SMTP_URL: z.string().trim().optional(),
  /** How long shutdown waits for requests in flight before closing anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
