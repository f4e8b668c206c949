import {
  applyServerErrors,
  Field,
  FormPanel,
  LEARNING_ROUTE_LABELS,
  RECOGNITION_STATUS_LABELS,
  useTRPC,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

interface RecognitionFormValues {
  crebo: string;
  learningRoute: keyof typeof LEARNING_ROUTE_LABELS;
  status: keyof typeof RECOGNITION_STATUS_LABELS;
  recognisedFrom: string;
  reviewDue: string;
}

const FIELDS = ["crebo", "learningRoute", "status", "recognisedFrom", "reviewDue"] as const;
const EMPTY: RecognitionFormValues = {
  crebo: "",
  learningRoute: "BBL",
  status: "ACTIVE",
  recognisedFrom: "",
  reviewDue: "",
};

/** Records an SBB recognition as leerbedrijf (employer.organisation.addRecognition, admins only). */
export function AddRecognitionForm({
  onCreated,
  onCancel,
}: {
  onCreated: (crebo: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RecognitionFormValues>({
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, reset, formState } = form;
  const errors = formState.errors;
  const add = useMutation(
    trpc.employer.organization.addRecognition.mutationOptions({
      onSuccess: async (_, input) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.employer.organization.get.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.employer.dashboard.get.pathKey() }),
        ]);
        reset(EMPTY);
        onCreated(input.crebo);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title="Erkenning toevoegen"
      error={formError}
      submitLabel="Erkenning opslaan"
      pending={add.isPending}
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        add.mutate({
          crebo: values.crebo.trim(),
          learningRoute: values.learningRoute,
          status: values.status,
          ...(values.recognisedFrom ? { recognisedFrom: values.recognisedFrom } : {}),
          ...(values.reviewDue ? { reviewDue: values.reviewDue } : {}),
        });
      })}
      grid={
        <>
          <Field
            label="Crebonummer"
            required
            hint="5 cijfers, zoals op de erkenning van SBB."
            error={errors.crebo?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                {...register("crebo", { required: "Vul het crebonummer in." })}
              />
            )}
          </Field>
          <Field label="Leerweg" required error={errors.learningRoute?.message}>
            {(props) => (
              <select {...props} {...register("learningRoute")}>
                <LabelOptions labels={LEARNING_ROUTE_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Status" required error={errors.status?.message}>
            {(props) => (
              <select {...props} {...register("status")}>
                <LabelOptions labels={RECOGNITION_STATUS_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Erkend sinds" error={errors.recognisedFrom?.message}>
            {(props) => <input {...props} type="date" {...register("recognisedFrom")} />}
          </Field>
          <Field label="Herbeoordeling voor" error={errors.reviewDue?.message}>
            {(props) => <input {...props} type="date" {...register("reviewDue")} />}
          </Field>
        </>
      }
    />
  );
}
