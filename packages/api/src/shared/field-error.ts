import { TRPCError } from "@trpc/server";
import { ZodRealError } from "zod";

/**
 * A refusal about one field of the input, found after validation: the portals show `message`
 * next to that field, as they do for a validation message.
 */
export function fieldError(path: string | (string | number)[], message: string): TRPCError {
  // ZodRealError, unlike ZodError, is an Error: tRPC keeps it as the cause the error formatter reads.
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new ZodRealError([
      { code: "custom", path: typeof path === "string" ? [path] : path, message, input: undefined },
    ]),
  });
}
