import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";

/** Used only outside production (the demo and the tests), so they sign without configuration. */
const DEVELOPMENT_SECRET = "ontwikkelpad-development-credential-key-secret";

/** The address the deployment is reached at (`PUBLIC_URL`), without a trailing slash: the did:web host. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

/** The server seeds and serves the demo (`npm start`) unless `SEED_DEMO` is off. */
const runsDemo = (env: NodeJS.ProcessEnv) => !["false", "0"].includes(env.SEED_DEMO?.trim() ?? "");

/**
 * The 256-bit key that encrypts the schools' signing keys, from `CREDENTIAL_KEY_SECRET`. A production
 * deployment (NODE_ENV production, no demo) is refused issuing without one (at least 32 characters);
 * the demo and development use a fixed development secret, so `npm start` issues without configuration.
 */
export function keyEncryptionKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = env.CREDENTIAL_KEY_SECRET ?? "";
  if (secret.length < 32 && env.NODE_ENV === "production" && !runsDemo(env))
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message:
        "Deze server kan nog geen bewijzen ondertekenen: de beheerder stelt eerst CREDENTIAL_KEY_SECRET in (minstens 32 tekens). Geef het bewijs daarna opnieuw uit.",
    });
  return createHash("sha256")
    .update(secret.length >= 32 ? secret : DEVELOPMENT_SECRET)
    .digest();
}

/**
 * The did:web hosts (with their port, e.g. `ontwikkelpad.roc-elders.nl` or `localhost:4001`) whose
 * credentials HR may upload: `TRUSTED_CREDENTIAL_ISSUERS`, comma-separated, compared in lower case.
 * Empty by default: the demo trusts no issuer beyond its own schools.
 */
export function trustedIssuerHosts(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(
    (env.TRUSTED_CREDENTIAL_ISSUERS ?? "")
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );
}
