import { Field, FormPanel, useTRPC, applyServerErrors } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { formatAge, parseWholeNumber, wholeNumber } from "../employer-format.ts";

interface GroupFormValues {
  locationId: string;
  name: string;
  minAgeMonths: string;
  maxAgeMonths: string;
  maxChildren: string;
}

const FIELDS = ["locationId", "name", "minAgeMonths", "maxAgeMonths", "maxChildren"] as const;

/** "48" → "48 maanden is 4 jaar." for the hint under an age field. */
function ageHint(value: string): string {
  const months = parseWholeNumber(value);
  return Number.isNaN(months)
    ? "In maanden, bijvoorbeeld 48 voor 4 jaar."
    : `${months} ${months === 1 ? "maand is" : "maanden is"} ${formatAge(months)}.`;
}

/** Adds a (stam)group to one of the organisation's locations (employer.organisation.addGroup, admins only). */
export function AddGroupForm({
  locations,
  onCreated,
  onCancel,
}: {
  locations: readonly { id: string; name: string }[];
  onCreated: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const empty: GroupFormValues = {
    locationId: locations[0]?.id ?? "",
    name: "",
    minAgeMonths: "",
    maxAgeMonths: "",
    maxChildren: "",
  };
  const form = useForm<GroupFormValues>({
    defaultValues: empty,
  });
  const { register, handleSubmit, reset, control, formState } = form;
  const [minAge, maxAge] = useWatch({ control, name: ["minAgeMonths", "maxAgeMonths"] });
  const errors = formState.errors;
  const add = useMutation(
    trpc.employer.organization.addGroup.mutationOptions({
      onSuccess: async (_, input) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.employer.organization.get.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.employer.dashboard.get.pathKey() }),
        ]);
        reset(empty);
        onCreated(
          `Groep ${input.name} is toegevoegd aan ${locations.find((l) => l.id === input.locationId)?.name ?? "de locatie"}.`,
        );
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Groep toevoegen"
      error={formError}
      submitLabel="Groep opslaan"
      pending={add.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        add.mutate({
          locationId: values.locationId,
          name: values.name.trim(),
          minAgeMonths: parseWholeNumber(values.minAgeMonths),
          maxAgeMonths: parseWholeNumber(values.maxAgeMonths),
          maxChildren: parseWholeNumber(values.maxChildren),
        });
      })}
      grid={
        <>
          <Field label="Locatie" required error={errors.locationId?.message}>
            {(props) => (
              <select {...props} {...register("locationId", { required: "Kies een locatie." })}>
                {locations.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Naam van de groep" required error={errors.name?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("name", { required: "Vul de naam van de groep in." })}
              />
            )}
          </Field>
          <Field
            label="Leeftijd vanaf (maanden)"
            required
            hint={ageHint(minAge)}
            error={errors.minAgeMonths?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("minAgeMonths", {
                  validate: wholeNumber("Vul de leeftijd in hele maanden in."),
                })}
              />
            )}
          </Field>
          <Field
            label="Leeftijd tot (maanden)"
            required
            hint={ageHint(maxAge)}
            error={errors.maxAgeMonths?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("maxAgeMonths", {
                  validate: wholeNumber("Vul de leeftijd in hele maanden in."),
                })}
              />
            )}
          </Field>
          <Field label="Maximaal aantal kinderen" required error={errors.maxChildren?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("maxChildren", {
                  validate: wholeNumber("Vul het aantal kinderen in als heel getal."),
                })}
              />
            )}
          </Field>
        </>
      }
    />
  );
}
