import {
  Field,
  FormPanel,
  PersonNameFields,
  applyServerErrors,
  useTRPC,
  type PersonNameValues,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

interface Values extends PersonNameValues {
  phone: string;
  consentRegistration: boolean;
  consentAdvice: boolean;
  consentGivenOn: string;
}
const FIELDS = [
  "givenName",
  "familyName",
  "email",
  "phone",
  "consentRegistration",
  "consentAdvice",
  "consentGivenOn",
] as const;
const todayIso = () => new Date().toLocaleDateString("sv-SE");

/** Registers a job seeker with the consent per purpose (region.candidates.register). */
export function RegisterCandidateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      givenName: "",
      familyName: "",
      email: "",
      phone: "",
      consentRegistration: false,
      consentAdvice: false,
      consentGivenOn: todayIso(),
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const create = useMutation(
    trpc.region.candidates.register.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.region.candidates.list.pathKey() });
        onCreated(id);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Kandidaat aanmelden"
      intro={
        <p className="hint">
          Meld alleen aan met toestemming van de werkzoekende. Vraag geen BSN: dat is hier niet nodig.
        </p>
      }
      error={formError}
      submitLabel="Aanmelden"
      pending={create.isPending}
      pendingLabel="Bezig met aanmelden…"
      onCancel={onCancel}
      onSubmit={handleSubmit((v) => {
        setFormError(null);
        create.mutate({
          givenName: v.givenName.trim(),
          familyName: v.familyName.trim(),
          email: v.email.trim(),
          phone: v.phone.trim(),
          consentRegistration: v.consentRegistration as true,
          consentAdvice: v.consentAdvice,
          consentGivenOn: v.consentGivenOn,
        });
      })}
      grid={
        <>
          <PersonNameFields register={register} errors={errors} />
          <Field label="Telefoonnummer" error={errors.phone?.message}>
            {(props) => <input {...props} type="tel" autoComplete="off" {...register("phone")} />}
          </Field>
          <Field label="Toestemming gegeven op" required error={errors.consentGivenOn?.message}>
            {(props) => (
              <input
                {...props}
                type="date"
                {...register("consentGivenOn", {
                  required: "Vul de datum van de toestemming in.",
                  validate: (value) =>
                    value <= todayIso() || "De datum van de toestemming ligt in de toekomst.",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <fieldset className="radio-group">
        <legend>Toestemming per doel</legend>
        <div className="checkbox-field">
          <input
            id="consent-registration"
            type="checkbox"
            aria-invalid={Boolean(errors.consentRegistration)}
            {...register("consentRegistration", {
              validate: (v) => v || "Zonder toestemming voor de aanmelding kun je niet aanmelden.",
            })}
          />
          <label htmlFor="consent-registration">
            Aanmelding: de regio mag de gegevens bewaren en de kandidaat begeleiden (verplicht)
          </label>
        </div>
        {errors.consentRegistration && <p className="field-error">{errors.consentRegistration.message}</p>}
        <div className="checkbox-field">
          <input id="consent-advice" type="checkbox" {...register("consentAdvice")} />
          <label htmlFor="consent-advice">Advies: het Leerwerkloket mag leer- en loopbaanadvies geven</label>
        </div>
        <p className="hint">
          Delen met een werkgever vraag je pas bij een voordracht, voor die ene werkgever.
        </p>
      </fieldset>
    </FormPanel>
  );
}
