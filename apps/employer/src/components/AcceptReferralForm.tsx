import {
  Field,
  FormPanel,
  LANGUAGE_LEVEL_LABELS,
  LabelOptions,
  useTRPC,
  applyServerErrors,
  HoursPerWeekField,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";

import { formatNumber } from "../employer-format.ts";
import { localIsoDate, parseHours } from "../person-form.ts";
import { ReferralIntake, type ReferralIntakeData } from "./ReferralIntake.tsx";
import { FunctionSelectField, LocationSelectField, useCatalogFunctions } from "./SelectFields.tsx";

type Level = keyof typeof LANGUAGE_LEVEL_LABELS;

interface AcceptFormValues {
  functionId: string;
  locationId: string;
  hoursPerWeek: string;
  contractStart: string;
  contractEnd: string;
  note: string;
  languageLevel: Level | "";
  languageSource: string;
  experienceYears: string;
}

const FIELDS = [
  "functionId",
  "locationId",
  "hoursPerWeek",
  "contractStart",
  "contractEnd",
  "note",
  "languageLevel",
  "languageSource",
  "experienceYears",
] as const;

const isLevel = (value: string | null): value is Level => value !== null && value in LANGUAGE_LEVEL_LABELS;

/**
 * Accepts a referral: the candidate joins the team with this employment and a path at step 1
 * (employer.referrals.respond with decision "accept"). A referral for a vacancy starts from the
 * vacancy's function, location and hours; with the candidate's consent to share, the start date,
 * language level and experience come from the region's intake and the path starts from the advised
 * route. HR can change every value before confirming.
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
    intake: ReferralIntakeData | null;
  };
  onAccepted: (hired: { personId: string; name: string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const intake = referral.intake;
  const level = intake?.languageLevel ?? null;
  const intakeYears = intake?.experienceYears ?? null;
  const form = useForm<AcceptFormValues>({
    defaultValues: {
      functionId: referral.vacancyTerms?.functionId ?? "",
      locationId: referral.vacancyTerms?.locationId ?? "",
      hoursPerWeek: referral.vacancyTerms ? formatNumber(referral.vacancyTerms.hoursPerWeek) : "",
      // The candidate's availability, unless it has already passed.
      contractStart:
        intake?.availableFrom && intake.availableFrom > localIsoDate()
          ? intake.availableFrom
          : localIsoDate(),
      contractEnd: "",
      note: "",
      languageLevel: isLevel(level) ? level : "",
      languageSource: intake?.languageLevel ? "Intake van het regioloket" : "",
      experienceYears: intakeYears === null ? "" : formatNumber(intakeYears),
    },
  });
  const { register, handleSubmit, setError, setFocus, getValues, formState } = form;
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
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
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
          {intake &&
            " Startdatum, taalniveau en werkervaring komen uit de intake van het regioloket; pas ze aan waar nodig."}
          {intake?.advisedRoute &&
            ` Het Ontwikkelpad begint met het advies van het Leerwerkloket: ${intake.advisedRoute.routeTitle}.`}
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
        const years =
          values.experienceYears.trim() === "" ? undefined : Number(values.experienceYears.replace(",", "."));
        if (years !== undefined && (!Number.isFinite(years) || years < 0 || years > 60))
          return setError("experienceYears", { message: "Vul een aantal jaren tussen 0 en 60 in." });
        accept.mutate({
          referralId: referral.id,
          decision: "accept",
          functionId: values.functionId,
          hoursPerWeek: parseHours(values.hoursPerWeek),
          contractStart: values.contractStart,
          ...(values.locationId ? { locationId: values.locationId } : {}),
          ...(values.contractEnd ? { contractEnd: values.contractEnd } : {}),
          ...(note ? { note } : {}),
          languageLevel: values.languageLevel || null,
          languageSource: values.languageSource.trim() || null,
          ...(years !== undefined ? { experienceYears: years } : {}),
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
          <Field label="Taalniveau mondeling" error={errors.languageLevel?.message}>
            {(props) => (
              <select {...props} {...register("languageLevel")}>
                <option value="">Niet bekend</option>
                <LabelOptions labels={LANGUAGE_LEVEL_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Bron van het taalniveau" error={errors.languageSource?.message}>
            {(props) => (
              <input {...props} autoComplete="off" maxLength={200} {...register("languageSource")} />
            )}
          </Field>
          <Field label="Jaren werkervaring" error={errors.experienceYears?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register("experienceYears")} />}
          </Field>
        </>
      }
    >
      {intake && <ReferralIntake intake={intake} candidate={referral.candidate} />}
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
