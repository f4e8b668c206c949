/**
 * Reading tRPC errors without depending on their classes, so the helpers stay pure and testable.
 * The server's errorFormatter adds `data.fieldErrors` (field path → Dutch message) to input errors.
 */
export interface ErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string> | null;
}

export const GENERIC_ERROR = "Er ging iets mis. Probeer het opnieuw.";
export const CONNECTION_ERROR =
  "Geen verbinding met de server. Controleer je verbinding en probeer het opnieuw.";
export const CHECK_FIELDS = "Controleer de gemarkeerde velden.";
export const DATABASE_UNAVAILABLE =
  "De database is even niet bereikbaar. Probeer het over een minuut opnieuw.";

export function errorData(error: unknown): ErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data: unknown }).data;
  return typeof data === "object" && data !== null ? (data as ErrorData) : null;
}

/** The tRPC error code (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, …) or null for network and unknown errors. */
export function errorCode(error: unknown): string | null {
  return errorData(error)?.code ?? null;
}

/** True for refusals and invalid input (4xx): retrying does not help. */
export function isClientError(error: unknown): boolean {
  const status = errorData(error)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

export function fieldErrorsOf(error: unknown): Record<string, string> {
  return errorData(error)?.fieldErrors ?? {};
}

/** A message fit to show: the server's own Dutch text for refusals, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  const data = errorData(error);
  if (!data)
    return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))
      ? CONNECTION_ERROR
      : GENERIC_ERROR;
  if (Object.keys(data.fieldErrors ?? {}).length > 0) return CHECK_FIELDS;
  if (data.code === "SERVICE_UNAVAILABLE") return DATABASE_UNAVAILABLE;
  if (data.code === "INTERNAL_SERVER_ERROR" || !(error instanceof Error) || !error.message)
    return GENERIC_ERROR;
  // Input that failed validation without a field to point at carries zod's JSON as its message;
  // a BAD_REQUEST the procedure threw itself ("Deze vacature is al gesloten.") is meant to be read.
  if (data.code === "BAD_REQUEST" && (data.fieldErrors || error.message.startsWith("[")))
    return GENERIC_ERROR;
  return error.message;
}
