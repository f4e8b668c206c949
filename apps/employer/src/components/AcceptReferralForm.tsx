import { Field, FormPanel, useTRPC, applyServerErrors, HoursPerWeekField } from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";

import { formatNumber } from "../employer-format.ts";
import { localIsoDate, parseHours } from "../person-form.ts";
import { FunctionSelectField, LocationSelectField, useCatalogFunctions } from "./SelectFields.tsx";

interface AcceptFormValues {
  functionId: string;
  locationId: string;
  hoursPerWeek: string;
  contractStart: string;
  contractEnd: string;
  note: string;
}

const FIELDS = ["functionId", "locationId", "hoursPerWeek", "contractStart", "contractEnd", "note"] as const;

/**
 * Accepts a referral: the candidate joins the team with this employment and a path at step 1
 * (employer.referrals.respond with decision "accept"). A referral for a vacancy starts from the
 * vacancy's function, location and hours; the user can still change them.
 */
export function AcceptReferralForm({
  referral,
  onAccepted,
  onCancel,
}: {
  referral: {
    id: string;
    candidate: string;
    vacancy: string | null;
    vacancyTerms: { functionId: string; locationId: string | null; hoursPerWeek: number } | null;
  };
  onAccepted: (hired: { personId: string; name: string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setFocus, getValues, formState } = useForm<AcceptFormValues>({
    defaultValues: {
      functionId: referral.vacancyTerms?.functionId ?? "",
      locationId: referral.vacancyTerms?.locationId ?? "",
      hoursPerWeek: referral.vacancyTerms ? formatNumber(referral.vacancyTerms.hoursPerWeek) : "",
      contractStart: localIsoDate(),
      contractEnd: "",
      note: "",
    },
  });
  const errors = formState.errors;
  const functionsReady = useCatalogFunctions().isSuccess;
  // Keyboard and screen reader users land in the form that just opened.
  useEffect(() => {
    if (functionsReady) setFocus("functionId");
  }, [functionsReady, setFocus]);

  const accept = useMutation(
    trpc.employer.referrals.respond.mutationOptions({
      onSuccess: async ({ personId }) => {
        await Promise.all(
          [
            trpc.employer.referrals.list,
            trpc.employer.vacancies.list,
            trpc.employer.persons.list,
            trpc.employer.dashboard.get,
            trpc.employer.todo.list,
          ].map((procedure) => queryClient.invalidateQueries({ queryKey: procedure.pathKey() })),
        );
        if (personId) onAccepted({ personId, name: referral.candidate });
      },
      onError: (error) => setFormError(applyServerErrors(error, setError, FIELDS)),
    }),
  );

  return (
    <FormPanel
      title={`${referral.candidate} aannemen`}
      intro={
        <p className="hint">
          {referral.candidate} komt in je team met dit dienstverband en begint aan stap 1 van het
          Ontwikkelpad.
          {referral.vacancyTerms &&
            ` Functie, locatie en uren komen uit de vacature ${referral.vacancy ?? ""}.`}
        </p>
      }
      error={formError}
      submitLabel={`${referral.candidate} aannemen`}
      pending={accept.isPending}
      pendingLabel="Bezig met aannemen…"
      onCancel={onCancel}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const note = values.note.trim();
        accept.mutate({
          referralId: referral.id,
          decision: "accept",
          functionId: values.functionId,
          hoursPerWeek: parseHours(values.hoursPerWeek),
          contractStart: values.contractStart,
          ...(values.locationId ? { locationId: values.locationId } : {}),
          ...(values.contractEnd ? { contractEnd: values.contractEnd } : {}),
          ...(note ? { note } : {}),
        });
      })}
      grid={
        <>
          <FunctionSelectField register={register} error={errors.functionId?.message} />
          <LocationSelectField register={register} error={errors.locationId?.message} />
          <HoursPerWeekField register={register} error={errors.hoursPerWeek?.message} />
          <Field label="Startdatum" required error={errors.contractStart?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("contractStart", { required: "Vul een geldige startdatum in." })}
              />
            )}
          </Field>
          <Field label="Einddatum" error={errors.contractEnd?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("contractEnd", {
                  validate: (value) =>
                    !value || value >= getValues("contractStart") || "De einddatum ligt voor de startdatum.",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <Field label="Notitie voor het regioloket" error={errors.note?.message}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            {...register("note", { maxLength: { value: 1000, message: "Hoogstens 1000 tekens." } })}
          />
        )}
      </Field>
    </FormPanel>
  );
}
