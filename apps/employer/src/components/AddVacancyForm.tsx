import { Field, FormPanel, useTRPC, applyServerErrors, HoursPerWeekField } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { parseWholeNumber, wholeNumber } from "../employer-format.ts";
import { localIsoDate, parseHours } from "../person-form.ts";
import { FunctionSelectField, LocationSelectField } from "./SelectFields.tsx";

interface VacancyFormValues {
  title: string;
  functionId: string;
  locationId: string;
  hoursPerWeek: string;
  openings: string;
  closesOn: string;
  description: string;
}

const FIELDS = [
  "title",
  "functionId",
  "locationId",
  "hoursPerWeek",
  "openings",
  "closesOn",
  "description",
] as const;
const EMPTY: VacancyFormValues = {
  title: "",
  functionId: "",
  locationId: "",
  hoursPerWeek: "",
  openings: "1",
  closesOn: "",
  description: "",
};

/** Posts a vacancy (employer.vacancies.create); open vacancies are visible to the employer's regions. */
export function AddVacancyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (title: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<VacancyFormValues>({
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, reset, formState } = form;
  const errors = formState.errors;
  const create = useMutation(
    trpc.employer.vacancies.create.mutationOptions({
      onSuccess: async (_, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.employer.vacancies.list.pathKey() });
        reset(EMPTY);
        onCreated(input.title);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Vacature plaatsen"
      error={formError}
      submitLabel="Vacature opslaan"
      pending={create.isPending}
      pendingLabel="Bezig met plaatsen…"
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const description = values.description.trim();
        create.mutate({
          title: values.title.trim(),
          functionId: values.functionId,
          hoursPerWeek: parseHours(values.hoursPerWeek),
          openings: parseWholeNumber(values.openings),
          ...(values.locationId ? { locationId: values.locationId } : {}),
          ...(values.closesOn ? { closesOn: values.closesOn } : {}),
          ...(description ? { description } : {}),
        });
      })}
      grid={
        <>
          <Field label="Titel" required error={errors.title?.message}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                {...register("title", { required: "Geef de vacature een titel." })}
              />
            )}
          </Field>
          <FunctionSelectField register={register} error={errors.functionId?.message} />
          <LocationSelectField register={register} error={errors.locationId?.message} />
          <HoursPerWeekField register={register} error={errors.hoursPerWeek?.message} />
          <Field label="Aantal plaatsen" required error={errors.openings?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("openings", {
                  validate: (value) => {
                    const valid = wholeNumber("Vul het aantal plaatsen in als heel getal.")(value);
                    return valid !== true
                      ? valid
                      : parseWholeNumber(value) <= 50 || "Hoogstens 50 plaatsen per vacature.";
                  },
                })}
              />
            )}
          </Field>
          <Field label="Sluitingsdatum" error={errors.closesOn?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("closesOn", {
                  validate: (value) =>
                    !value || value >= localIsoDate() || "De sluitingsdatum ligt in het verleden.",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <Field label="Omschrijving" error={errors.description?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={4}
            {...register("description", { maxLength: { value: 4000, message: "Hoogstens 4000 tekens." } })}
          />
        )}
      </Field>
    </FormPanel>
  );
}
