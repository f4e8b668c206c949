import {
  applyServerErrors,
  Field,
  FormPanel,
  PERSON_KIND_LABELS,
  useTRPC,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { emptyPersonForm, toCreatePersonInput, type PersonFormValues } from "../person-form.ts";
import { PERSON_FIELDS, PersonFields } from "./PersonFields.tsx";

/** Adds a staff member or candidate with their employment (employer.persons.create). */
export function AddPersonForm({
  onCreated,
  onCancel,
}: {
  onCreated: (person: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PersonFormValues>({
    defaultValues: emptyPersonForm(),
  });
  const { register, handleSubmit, reset, formState } = form;
  const errors = formState.errors;
  const create = useMutation(
    trpc.employer.persons.create.mutationOptions({
      onSuccess: async ({ id }, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() });
        reset(emptyPersonForm());
        onCreated({ id, name: `${input.givenName} ${input.familyName}` });
      },
      onError: (error) => setFormError(applyServerErrors(error, form, PERSON_FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Persoon toevoegen"
      error={formError}
      submitLabel="Persoon opslaan"
      pending={create.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        create.mutate(toCreatePersonInput(values));
      })}
      grid={
        <>
          <Field label="Soort" required error={errors.kind?.message}>
            {(props) => (
              <select {...props} {...register("kind")}>
                <LabelOptions labels={PERSON_KIND_LABELS} />
              </select>
            )}
          </Field>
          <PersonFields register={register} errors={errors} />
        </>
      }
    />
  );
}
