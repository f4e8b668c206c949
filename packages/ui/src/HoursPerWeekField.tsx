import type { RegisterOptions, UseFormRegisterReturn } from "react-hook-form";
import { Field } from "./Field.tsx";

/**
 * "Uren per week": the required hours a week of a job, a vacancy or a job seeker's availability,
 * with the same label and message in every portal. It takes any form's `register` that has an
 * `hoursPerWeek` text field; the form parses the Dutch or English decimal itself.
 */
export function HoursPerWeekField({
  register,
  error,
}: {
  register: (
    name: "hoursPerWeek",
    options?: Pick<RegisterOptions, "required">,
  ) => UseFormRegisterReturn<"hoursPerWeek">;
  error: string | undefined;
}) {
  return (
    <Field label="Uren per week" required error={error}>
      {(props) => (
        <input
          {...props}
          inputMode="decimal"
          autoComplete="off"
          {...register("hoursPerWeek", { required: "Vul het aantal uren per week in." })}
        />
      )}
    </Field>
  );
}
