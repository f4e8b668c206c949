import { describe, expect, it } from "vitest";
import { applyServerErrors } from "./Field.tsx";
import {
  CHECK_FIELDS,
  CONNECTION_ERROR,
  DATABASE_UNAVAILABLE,
  GENERIC_ERROR,
  errorCode,
  errorMessage,
  fieldErrorsOf,
  isClientError,
} from "./errors.ts";

/** The shape of a TRPCClientError as the server's errorFormatter fills it. */
function trpcError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe("errors", () => {
  it("shows the server's Dutch message for a refusal", () => {
    const error = trpcError("E-mailadres of wachtwoord klopt niet.", {
      code: "UNAUTHORIZED",
      httpStatus: 401,
      fieldErrors: null,
    });
    expect(errorMessage(error)).toBe("E-mailadres of wachtwoord klopt niet.");
    expect(errorCode(error)).toBe("UNAUTHORIZED");
    expect(isClientError(error)).toBe(true);
  });

  it("points at the fields when the input was invalid", () => {
    const error = trpcError('[{"code":"invalid_type"}]', {
      code: "BAD_REQUEST",
      httpStatus: 400,
      fieldErrors: { givenName: "Vul de voornaam in." },
    });
    expect(fieldErrorsOf(error)).toEqual({ givenName: "Vul de voornaam in." });
    expect(errorMessage(error)).toBe(CHECK_FIELDS);
  });

  it("shows a refusal the procedure sent as a bad request, but not zod's raw text", () => {
    expect(
      errorMessage(
        trpcError("Deze vacature is al gesloten.", {
          code: "BAD_REQUEST",
          httpStatus: 400,
          fieldErrors: null,
        }),
      ),
    ).toBe("Deze vacature is al gesloten.");
    expect(
      errorMessage(
        trpcError('[{"code":"invalid_type"}]', { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: null }),
      ),
    ).toBe(GENERIC_ERROR);
    expect(
      errorMessage(
        trpcError('[{"code":"custom"}]', { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: {} }),
      ),
    ).toBe(GENERIC_ERROR);
  });

  it("asks to try again in a minute while the database is unreachable", () => {
    const error = trpcError("Service Unavailable", { code: "SERVICE_UNAVAILABLE", httpStatus: 503 });
    expect(errorMessage(error)).toBe(DATABASE_UNAVAILABLE);
    expect(isClientError(error)).toBe(false);
  });

  it("hides internal errors and names connection failures", () => {
    expect(
      errorMessage(trpcError("TypeError at prisma…", { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 })),
    ).toBe(GENERIC_ERROR);
    expect(isClientError(trpcError("x", { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 }))).toBe(false);
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe(CONNECTION_ERROR);
    expect(errorMessage("weird")).toBe(GENERIC_ERROR);
    expect(errorCode(null)).toBeNull();
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
  });
});

describe("applyServerErrors", () => {
  const error = trpcError("[…]", {
    code: "BAD_REQUEST",
    httpStatus: 400,
    fieldErrors: { "data.hours": "Vul de uren in.", "data.other": "Iets anders klopt niet." },
  });

  it("places errors on fields named like the server's paths and returns the rest", () => {
    const set: Record<string, string | undefined> = {};
    const message = applyServerErrors<{ "data.hours": string }>(
      error,
      (field, e) => (set[field] = e.message),
      ["data.hours"],
    );
    expect(set).toEqual({ "data.hours": "Vul de uren in." });
    expect(message).toBe("Iets anders klopt niet.");
  });

  it("maps server paths to differently named fields", () => {
    const set: Record<string, string | undefined> = {};
    const message = applyServerErrors<{ hours: string; other: string }>(
      error,
      (field, e) => (set[field] = e.message),
      { "data.hours": "hours", "data.other": "other" },
    );
    expect(set).toEqual({ hours: "Vul de uren in.", other: "Iets anders klopt niet." });
    expect(message).toBeNull();
  });
});
