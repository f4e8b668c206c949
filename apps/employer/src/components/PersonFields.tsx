import { Field, PersonNameFields, HoursPerWeekField } from "@ontwikkelpad/ui";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { PersonFormValues } from "../person-form.ts";
import { FunctionSelectField, LocationSelectField } from "./SelectFields.tsx";

/** The form fields whose server errors are placed next to them, in both the add and the edit form. */
export const PERSON_FIELDS = [
  "kind",
  "givenName",
  "familyName",
  "email",
  "functionId",
  "locationId",
  "hoursPerWeek",
  "contractStart",
  "contractEnd",
] as const;

/** Name, contact and employment: the fields adding and editing a person share; nothing more is asked, on purpose. */
export function PersonFields({
  register,
  errors,
}: {
  register: UseFormRegister<PersonFormValues>;
  errors: FieldErrors<PersonFormValues>;
}) {
  return (
    <>
      <PersonNameFields register={register} errors={errors} />
      <FunctionSelectField register={register} error={errors.functionId?.message} />
      <LocationSelectField register={register} error={errors.locationId?.message} />
      <HoursPerWeekField register={register} error={errors.hoursPerWeek?.message} />
      <Field label="Startdatum contract" required error={errors.contractStart?.message}>
        {(props) => (
          <input
            {...props}
            type="date"
            {...register("contractStart", { required: "Vul een geldige startdatum in." })}
          />
        )}
      </Field>
      <Field label="Einddatum contract" error={errors.contractEnd?.message}>
        {(props) => <input {...props} type="date" {...register("contractEnd")} />}
      </Field>
    </>
  );
}
