import { createFormControl } from "react-hook-form";
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
    const form = createFormControl<{ data: { hours: string } }>({ defaultValues: { data: { hours: "" } } });
    const message = applyServerErrors(error, form, ["data.hours"]);
    expect(form.getFieldState("data.hours").error?.message).toBe("Vul de uren in.");
    expect(message).toBe("Iets anders klopt niet.");
  });

  it("maps server paths to differently named fields", () => {
    const form = createFormControl<{ hours: string; other: string }>();
    const message = applyServerErrors(error, form, { "data.hours": "hours", "data.other": "other" });
    expect(form.getFieldState("hours").error?.message).toBe("Vul de uren in.");
    expect(form.getFieldState("other").error?.message).toBe("Iets anders klopt niet.");
    expect(message).toBeNull();
  });

  it("clears a field's error when the user changes that field, and leaves the others", () => {
    const form = createFormControl<{ hours: string; other: string }>({
      defaultValues: { hours: "", other: "" },
    });
    applyServerErrors(error, form, { "data.hours": "hours", "data.other": "other" });
    form.setValue("hours", "8");
    expect(form.getFieldState("hours").error).toBeUndefined();
    expect(form.getFieldState("other").error?.message).toBe("Iets anders klopt niet.");
  });

  it("clears every error when the form is submitted again, also on a value no input validates", async () => {
    // The new-offer form's start moments: a list the server refused, which no registered input checks.
    const form = createFormControl<{ starts: { date: string }[]; hours: string }>({
      defaultValues: { starts: [{ date: "2027-01-04" }], hours: "" },
    });
    form.register("hours");
    const listError = trpcError("[…]", {
      code: "BAD_REQUEST",
      httpStatus: 400,
      fieldErrors: { starts: "Geef elke startdatum een plaats.", hours: "Vul de uren in." },
    });
    applyServerErrors(listError, form, ["starts", "hours"]);
    expect(form.getFieldState("starts").error?.message).toBe("Geef elke startdatum een plaats.");
    let sent = 0;
    await form.handleSubmit(() => {
      sent += 1;
    })();
    expect(sent).toBe(1);
    expect(form.getFieldState("starts").error).toBeUndefined();
    expect(form.getFieldState("hours").error).toBeUndefined();
  });

  it("keeps the errors of a submit that is still running until the next one", async () => {
    const form = createFormControl<{ hours: string }>({ defaultValues: { hours: "" } });
    await form.handleSubmit(async () => {
      applyServerErrors(error, form, { "data.hours": "hours" });
      await Promise.resolve();
    })();
    expect(form.getFieldState("hours").error?.message).toBe("Vul de uren in.");
    await form.handleSubmit(() => undefined)();
    expect(form.getFieldState("hours").error).toBeUndefined();
  });
});
