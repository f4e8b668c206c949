import {
  applyServerErrors,
  Field,
  FormPanel,
  LOCATION_TYPE_LABELS,
  useTRPC,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

interface LocationFormValues {
  name: string;
  type: keyof typeof LOCATION_TYPE_LABELS;
  lrkNumber: string;
  city: string;
}

const FIELDS = ["name", "type", "lrkNumber", "city"] as const;
const EMPTY: LocationFormValues = { name: "", type: "KDV", lrkNumber: "", city: "" };

/** Adds a location of the organisation (employer.organisation.addLocation, admins only). */
export function AddLocationForm({
  onCreated,
  onCancel,
}: {
  onCreated: (name: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LocationFormValues>({
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, reset, formState } = form;
  const errors = formState.errors;
  const add = useMutation(
    trpc.employer.organization.addLocation.mutationOptions({
      onSuccess: async (_, input) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.employer.organization.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.employer.dashboard.get.pathKey() }),
        ]);
        reset(EMPTY);
        onCreated(input.name);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Locatie toevoegen"
      error={formError}
      submitLabel="Locatie opslaan"
      pending={add.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        add.mutate({
          name: values.name.trim(),
          type: values.type,
          lrkNumber: values.lrkNumber.trim(),
          city: values.city.trim(),
        });
      })}
      grid={
        <>
          <Field label="Naam van de locatie" required error={errors.name?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("name", { required: "Vul de naam van de locatie in." })}
              />
            )}
          </Field>
          <Field label="Soort opvang" required error={errors.type?.message}>
            {(props) => (
              <select {...props} {...register("type")}>
                <LabelOptions labels={LOCATION_TYPE_LABELS} />
              </select>
            )}
          </Field>
          <Field
            label="LRK-nummer"
            required
            hint="9 cijfers, zoals in het Landelijk Register Kinderopvang."
            error={errors.lrkNumber?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("lrkNumber", { required: "Vul het LRK-nummer in." })}
              />
            )}
          </Field>
          <Field label="Plaats" required error={errors.city?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="address-level2"
                {...register("city", { required: "Vul de plaats in." })}
              />
            )}
          </Field>
        </>
      }
    />
  );
}
