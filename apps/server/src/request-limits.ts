import type http from "node:http";

/** The largest request body the API reads: a team import of some thousand rows fits with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The most procedure calls in one tRPC batch; a portal page batches a handful. */
export const MAX_BATCH_CALLS = 50;

export interface RefusedRequest {
  status: 400 | 413;
  /** The answer in tRPC's error shape (one per call of a batch), so a portal shows the message. */
  body: unknown;
}

const TRPC_ERRORS = {
  400: { code: "BAD_REQUEST", jsonRpcCode: -32600 },
  413: { code: "PAYLOAD_TOO_LARGE", jsonRpcCode: -32413 },
} as const;

function refusal(status: 400 | 413, message: string, url: URL, calls: number): RefusedRequest {
  const { code, jsonRpcCode } = TRPC_ERRORS[status];
  const error = { error: { message, code: jsonRpcCode, data: { code, httpStatus: status } } };
  return {
    status,
    body: url.searchParams.get("batch") === "1" ? Array.from({ length: calls }, () => error) : error,
  };
}

/**
 * Refuses a request to /trpc before its body is read: a declared body over MAX_BODY_BYTES (a body
 * without a declared length is cut off by the tRPC handler at the same size) or a batch of more than
 * MAX_BATCH_CALLS calls, whose paths the URL lists.
 */
export function refuseOversizedRequest(req: http.IncomingMessage): RefusedRequest | null {
  const url = new URL(req.url ?? "/", "http://localhost");
  const calls = url.pathname.slice("/trpc/".length).split(",").length;
  const declaredLength = Number(req.headers["content-length"] ?? 0);
  if (declaredLength > MAX_BODY_BYTES)
    return refusal(
      413,
      `Dit verzoek is te groot (meer dan ${MAX_BODY_BYTES / 1024 / 1024} MB). Stuur minder gegevens tegelijk, bijvoorbeeld een kleiner importbestand.`,
      url,
      calls,
    );
  if (calls > MAX_BATCH_CALLS)
    return refusal(
      400,
      `Te veel verzoeken tegelijk (${calls}; hoogstens ${MAX_BATCH_CALLS}). Verdeel ze over meerdere verzoeken.`,
      url,
      calls,
    );
  return null;
}

/**
 * Where a request comes from. Without a trusted proxy that is the connecting address; behind
 * `trustedProxies` reverse proxies, each of which appends the address it saw to X-Forwarded-For,
 * it is the entry the outermost trusted proxy added. Entries further left are written by the client
 * and never trusted.
 */
export function clientOf(
  req: http.IncomingMessage,
  trustedProxies: number,
): { address: string; isHttps: boolean } {
  const connected = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies === 0) return { address: connected, isHttps: false };
  const forwardedFor = headerList(req.headers["x-forwarded-for"]);
  const forwardedProto = headerList(req.headers["x-forwarded-proto"]);
  return {
    address: forwardedFor.at(-trustedProxies) ?? forwardedFor[0] ?? connected,
    isHttps: forwardedProto.at(-1) === "https",
  };
}

function headerList(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}
