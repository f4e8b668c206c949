import { Field, QueryState, useTRPC } from "@ontwikkelpad/ui";
import { useQuery } from "@tanstack/react-query";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { PersonFormValues } from "../person-form.ts";

/** The form fields whose server errors are placed next to them, in both the add and the edit form. */
export const PERSON_FIELDS = ["kind", "givenName", "familyName", "email", "functionId", "locationId", "hoursPerWeek", "contractStart", "contractEnd"] as const;

/** Name, contact and employment: the fields adding and editing a person share. No BSN, on purpose. */
export function PersonFields({ register, errors }: { register: UseFormRegister<PersonFormValues>; errors: FieldErrors<PersonFormValues> }) {
  const trpc = useTRPC();
  const functions = useQuery(trpc.catalog.functions.queryOptions(undefined, { staleTime: Infinity }));
  const organisation = useQuery(trpc.employer.organisation.get.queryOptions());

  return (
    <>
      <Field label="Voornaam" required error={errors.givenName?.message}>
        {(props) => <input {...props} autoComplete="off" {...register("givenName", { required: "Vul de voornaam in." })} />}
      </Field>
      <Field label="Achternaam" required error={errors.familyName?.message}>
        {(props) => <input {...props} autoComplete="off" {...register("familyName", { required: "Vul de achternaam in." })} />}
      </Field>
      <Field label="E-mailadres" error={errors.email?.message}>
        {(props) => <input {...props} type="email" autoComplete="off" {...register("email")} />}
      </Field>
      <Field label="Functie" required error={errors.functionId?.message}>
        {(props) =>
          functions.isSuccess ? (
            <select {...props} {...register("functionId", { required: "Kies een functie uit de lijst." })}>
              <option value="">Kies een functie</option>
              {functions.data.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title}
                </option>
              ))}
            </select>
          ) : (
            <QueryState query={functions} loadingText="Functies laden…">
              {() => null}
            </QueryState>
          )
        }
      </Field>
      <Field label="Locatie" error={errors.locationId?.message}>
        {(props) =>
          organisation.isSuccess ? (
            <select {...props} {...register("locationId")}>
              <option value="">Geen vaste locatie</option>
              {organisation.data.locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          ) : (
            <QueryState query={organisation} loadingText="Locaties laden…">
              {() => null}
            </QueryState>
          )
        }
      </Field>
      <Field label="Uren per week" required error={errors.hoursPerWeek?.message}>
        {(props) => <input {...props} inputMode="decimal" {...register("hoursPerWeek", { required: "Vul het aantal uren per week in." })} />}
      </Field>
      <Field label="Startdatum contract" required error={errors.contractStart?.message}>
        {(props) => <input {...props} type="date" {...register("contractStart", { required: "Vul een geldige startdatum in." })} />}
      </Field>
      <Field label="Einddatum contract" error={errors.contractEnd?.message}>
        {(props) => <input {...props} type="date" {...register("contractEnd")} />}
      </Field>
    </>
  );
}
