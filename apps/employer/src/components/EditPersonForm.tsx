import { FormPanel, applyServerErrors, useTRPC } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  personFormFrom,
  toUpdatePersonInput,
  type PersonFormValues,
  type StoredPerson,
} from "../person-form.ts";
import { PERSON_FIELDS, PersonFields } from "./PersonFields.tsx";

/** Corrects a person's name, contact and current employment (employer.persons.update). */
export function EditPersonForm({
  personId,
  person,
  onSaved,
  onCancel,
}: {
  personId: string;
  person: StoredPerson;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PersonFormValues>({
    defaultValues: personFormFrom(person),
  });
  const { register, handleSubmit, formState } = form;
  const update = useMutation(
    trpc.employer.persons.update.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.employer.persons.get.queryKey({ personId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() }),
        ]);
        onSaved();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, PERSON_FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Gegevens bewerken"
      error={formError}
      submitLabel="Wijzigingen opslaan"
      pending={update.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        update.mutate(toUpdatePersonInput(personId, values));
      })}
      grid={<PersonFields register={register} errors={formState.errors} />}
    />
  );
}
