import { Field, QueryState, applyServerErrors, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PERSON_KIND_LABELS, emptyPersonForm, toCreatePersonInput, type PersonFormValues } from "../person-form.ts";

const FIELDS = ["kind", "givenName", "familyName", "email", "functionId", "hoursPerWeek", "contractStart", "contractEnd"] as const;

/** Adds a staff member or candidate with their employment (employer.persons.create). */
export function AddPersonForm({ onCreated, onCancel }: { onCreated: (person: { id: string; name: string }) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const functions = useQuery(trpc.catalog.functions.queryOptions(undefined, { staleTime: Infinity }));
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<PersonFormValues>({ defaultValues: emptyPersonForm() });
  const errors = formState.errors;
  const create = useMutation(
    trpc.employer.persons.create.mutationOptions({
      onSuccess: async ({ id }, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() });
        reset(emptyPersonForm());
        onCreated({ id, name: `${input.givenName} ${input.familyName}` });
      },
      onError: (error) => setFormError(applyServerErrors(error, setError, FIELDS)),
    }),
  );

  return (
    <form
      noValidate
      aria-labelledby="add-person-title"
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        create.mutate(toCreatePersonInput(values));
      })}
    >
      <fieldset>
        <legend id="add-person-title">Persoon toevoegen</legend>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Field label="Soort" required error={errors.kind?.message}>
            {(props) => (
              <select {...props} {...register("kind")}>
                {Object.entries(PERSON_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
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
          <Field label="Uren per week" required error={errors.hoursPerWeek?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register("hoursPerWeek", { required: "Vul het aantal uren per week in." })} />}
          </Field>
          <Field label="Startdatum contract" required error={errors.contractStart?.message}>
            {(props) => <input {...props} type="date" {...register("contractStart", { required: "Vul een geldige startdatum in." })} />}
          </Field>
          <Field label="Einddatum contract" error={errors.contractEnd?.message}>
            {(props) => <input {...props} type="date" {...register("contractEnd")} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? "Bezig met opslaan…" : "Persoon opslaan"}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Annuleren
          </button>
        </div>
      </fieldset>
    </form>
  );
}
