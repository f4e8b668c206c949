import {
  applyServerErrors,
  Field,
  FormPanel,
  LOCATION_TYPE_LABELS,
  useTRPC,
  HoursPerWeekField,
  WorkProcessChecklist,
} from "@ontwikkelpad/ui";
import type { RouterOutputs } from "@ontwikkelpad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";

type Intake = RouterOutputs["region"]["candidates"]["get"]["intake"];
type LocationType = keyof typeof LOCATION_TYPE_LABELS;
interface Values {
  availableFrom: string;
  hoursPerWeek: string;
  city: string;
  postcodeArea: string;
  travelDistanceKm: string;
  locationTypes: LocationType[];
  languageLevel: "1F" | "2F" | "3F" | "4F";
  experience: string;
  experienceYears: string;
  workProcessIds: string[];
  priorDiplomas: string;
}
const FIELDS = [
  "availableFrom",
  "hoursPerWeek",
  "city",
  "postcodeArea",
  "travelDistanceKm",
  "locationTypes",
  "languageLevel",
  "experience",
  "experienceYears",
  "workProcessIds",
  "priorDiplomas",
] as const;
const number = (s: string) => Number(s.replace(",", "."));
const wholeNumber = (message: string) => (v: string) => /^\d+$/.test(v.trim()) || message;

/** The intake: availability, hours, area and travel distance, location types, language, experience. */
export function IntakeForm({
  candidateId,
  intake,
  onDone,
}: {
  candidateId: string;
  intake: Intake;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const workProcesses = useQuery(trpc.catalog.workProcesses.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      availableFrom: intake.availableFrom ?? "",
      hoursPerWeek: intake.hoursPerWeek?.toString() ?? "",
      city: intake.city ?? "",
      postcodeArea: intake.postcodeArea ?? "",
      travelDistanceKm: intake.travelDistanceKm?.toString() ?? "",
      locationTypes: intake.locationTypes,
      languageLevel: (intake.languageLevel as Values["languageLevel"] | null) ?? "2F",
      experience: intake.experience ?? "",
      experienceYears: intake.experienceYears?.toString() ?? "",
      workProcessIds: intake.workProcessIds,
      priorDiplomas: intake.priorDiplomas.join(", "),
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const save = useMutation(
    trpc.region.candidates.saveIntake.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.region.candidates.pathKey() });
        onDone();
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Intake"
      error={formError}
      submitLabel="Intake opslaan"
      pending={save.isPending}
      onCancel={onDone}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        save.mutate({
          candidateId,
          availableFrom: v.availableFrom,
          hoursPerWeek: number(v.hoursPerWeek),
          city: v.city.trim(),
          postcodeArea: v.postcodeArea.trim(),
          travelDistanceKm: number(v.travelDistanceKm),
          locationTypes: v.locationTypes,
          languageLevel: v.languageLevel,
          experience: v.experience.trim(),
          ...(v.experienceYears.trim() ? { experienceYears: number(v.experienceYears) } : {}),
          workProcessIds: v.workProcessIds,
          priorDiplomas: v.priorDiplomas
            .split(",")
            .map((d) => d.trim())
            .filter(Boolean),
        });
      })}
      grid={
        <>
          <Field label="Beschikbaar vanaf" required error={errors.availableFrom?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("availableFrom", { required: "Vul een datum in." })}
              />
            )}
          </Field>
          <HoursPerWeekField register={register} error={errors.hoursPerWeek?.message} />
          <Field label="Woonplaats" required error={errors.city?.message}>
            {(props) => <input {...props} {...register("city", { required: "Vul de woonplaats in." })} />}
          </Field>
          <Field
            label="Postcodegebied"
            hint="De vier cijfers, bijv. 3024"
            error={errors.postcodeArea?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                {...register("postcodeArea", {
                  validate: (v) => !v || /^[1-9]\d{3}$/.test(v.trim()) || "Vul vier cijfers in (bijv. 3024).",
                })}
              />
            )}
          </Field>
          <Field label="Reisafstand (km)" required error={errors.travelDistanceKm?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                {...register("travelDistanceKm", {
                  validate: wholeNumber("Vul een heel aantal kilometers in."),
                })}
              />
            )}
          </Field>
          <Field label="Taalniveau Nederlands" required error={errors.languageLevel?.message}>
            {(props) => (
              <select {...props} {...register("languageLevel")}>
                {(["1F", "2F", "3F", "4F"] as const).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      }
    >
      <fieldset className="radio-group">
        <legend>Voorkeur soort locatie</legend>
        {(Object.keys(LOCATION_TYPE_LABELS) as LocationType[]).map((type) => (
          <div className="checkbox-field" key={type}>
            <input id={`type-${type}`} type="checkbox" value={type} {...register("locationTypes")} />
            <label htmlFor={`type-${type}`}>{LOCATION_TYPE_LABELS[type]}</label>
          </div>
        ))}
      </fieldset>
      <Field
        label="Jaren werkervaring"
        error={errors.experienceYears?.message}
        hint="Relevante jaren; de werkgever neemt ze over bij het aannemen."
      >
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            {...register("experienceYears", {
              validate: (v) => {
                const years = number(v);
                return (
                  !v.trim() ||
                  (Number.isFinite(years) && years >= 0 && years <= 60) ||
                  "Vul een aantal jaren tussen 0 en 60 in."
                );
              },
            })}
          />
        )}
      </Field>
      <Field label="Ervaring" error={errors.experience?.message}>
        {(props) => <textarea {...props} rows={3} {...register("experience")} />}
      </Field>
      <Controller
        control={control}
        name="workProcessIds"
        render={({ field }) => (
          <WorkProcessChecklist
            legend="Werkprocessen die de kandidaat al beheerst"
            hint="Vink aan wat de kandidaat al doet; zoek op code of woord."
            groups={workProcesses.data ?? []}
            value={field.value}
            onChange={field.onChange}
            error={errors.workProcessIds?.message}
          />
        )}
      />
      <Field label="Eerdere diploma's" hint="Gescheiden door komma's" error={errors.priorDiplomas?.message}>
        {(props) => <input {...props} {...register("priorDiplomas")} />}
      </Field>
    </FormPanel>
  );
}
