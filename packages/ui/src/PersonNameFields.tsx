import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { Field } from "./Field.tsx";

/** The values a form with `PersonNameFields` holds (besides its own). */
export interface PersonNameValues {
  givenName: string;
  familyName: string;
  email: string;
}

/**
 * Given name, family name and e-mail address of a person (an employee, a job seeker), with the same
 * labels and messages in every portal.
 */
export function PersonNameFields<T extends FieldValues & PersonNameValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<PersonNameValues>;
}) {
  const field = (name: keyof PersonNameValues) => name as Path<T>;
  return (
    <>
      <Field label="Voornaam" required error={errors.givenName?.message}>
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            {...register(field("givenName"), { required: "Vul de voornaam in." })}
          />
        )}
      </Field>
      <Field label="Achternaam" required error={errors.familyName?.message}>
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            {...register(field("familyName"), { required: "Vul de achternaam in." })}
          />
        )}
      </Field>
      <Field label="E-mailadres" error={errors.email?.message}>
        {(props) => <input {...props} type="email" autoComplete="off" {...register(field("email"))} />}
      </Field>
    </>
  );
}
