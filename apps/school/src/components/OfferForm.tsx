import {
  ActionsHeader,
  Field,
  FormPanel,
  LEARNING_ROUTE_LABELS,
  DELIVERY_FORMAT_LABELS,
  applyServerErrors,
  formatDate,
  useTRPC,
  SimpleTable,
  LabelOptions,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { useNavigate } from "react-router";
import { defaults, FIELDS, numeric, toSaveInput, type Offer, type OfferValues } from "./offer-values.ts";

/** The offer's fields: what it leads to, form, start moments with capacity, regions, locations and contact. */
export function OfferForm({ offer }: { offer: Offer | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const credentials = useQuery(trpc.catalog.credentials.queryOptions());
  const regions = useQuery(trpc.school.offers.regions.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<OfferValues>({
    defaultValues: defaults(offer),
  });
  const { register, handleSubmit, control, formState } = form;
  const starts = useFieldArray({ control, name: "starts" });
  const errors = formState.errors;
  const onDemand = useWatch({ control, name: "onDemand" });
  const save = useMutation(
    trpc.school.offers.save.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.school.offers.pathKey() });
        setSaved(true);
        if (!offer) await navigate(`/aanbod/${id}`);
      },
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title={offer ? "Aanbod bewerken" : "Aanbod toevoegen"}
      error={formError}
      submitLabel={offer ? "Wijzigingen opslaan" : "Aanbod opslaan"}
      pending={save.isPending}
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        setSaved(false);
        save.mutate(toSaveInput(values, offer));
      })}
      grid={
        <>
          <Field label="Naam" required error={errors.title?.message}>
            {(props) => (
              <input {...props} {...register("title", { required: "Geef het aanbod een naam." })} />
            )}
          </Field>
          <Field label="Leidt tot" required error={errors.credentialId?.message}>
            {(props) => (
              <select
                {...props}
                {...register("credentialId", { required: "Kies waartoe het aanbod leidt." })}
              >
                <option value="">Kies een diploma, certificaat of praktijkverklaring</option>
                {(credentials.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Leerweg" required>
            {(props) => (
              <select {...props} {...register("learningRoute")}>
                <LabelOptions labels={LEARNING_ROUTE_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Vorm" required>
            {(props) => (
              <select {...props} {...register("format")}>
                <LabelOptions labels={DELIVERY_FORMAT_LABELS} />
              </select>
            )}
          </Field>
          <Field label="Duur (weken)" required error={errors.durationWeeks?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                {...register("durationWeeks", {
                  required: "Vul de duur in weken in.",
                  ...numeric("de duur"),
                })}
              />
            )}
          </Field>
          <Field label="Uren per week" error={errors.hoursPerWeek?.message}>
            {(props) => (
              <input {...props} inputMode="decimal" {...register("hoursPerWeek", numeric("de uren"))} />
            )}
          </Field>
          <Field label="Prijs (euro)" error={errors.price?.message}>
            {(props) => <input {...props} inputMode="decimal" {...register("price", numeric("de prijs"))} />}
          </Field>
          <Field label="Contact" hint="Naam, telefoon of e-mail voor werkgevers.">
            {(props) => <input {...props} {...register("contact")} />}
          </Field>
        </>
      }
    >
      <Field label="Omschrijving">
        {(props) => <textarea {...props} rows={3} {...register("description")} />}
      </Field>
      <Field label="Locaties" hint="Eén locatie per regel.">
        {(props) => <textarea {...props} rows={2} {...register("locations")} />}
      </Field>
      <fieldset>
        <legend>Regio&apos;s die het aanbod bedient</legend>
        <p className="hint">Zonder regio is het aanbod landelijk zichtbaar.</p>
        {(regions.data ?? []).map((r) => (
          <label key={r.code} className="checkbox">
            <input type="checkbox" value={r.code} {...register("regionCodes")} /> {r.name} ({r.code})
          </label>
        ))}
        {errors.regionCodes?.message && <p className="field-error">{errors.regionCodes.message}</p>}
      </fieldset>
      <fieldset>
        <legend>Instroom</legend>
        <label className="checkbox">
          <input type="checkbox" {...register("onDemand")} /> Op afroep (instromen wanneer het past)
        </label>
        {onDemand ? (
          <Field
            label="Maximum aantal deelnemers tegelijk"
            required
            error={errors.maxConcurrentLearners?.message}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                {...register("maxConcurrentLearners", {
                  required: "Vul in hoeveel deelnemers tegelijk het aanbod volgen.",
                  ...numeric("het maximum"),
                })}
              />
            )}
          </Field>
        ) : (
          <>
            {errors.starts?.message && <p className="field-error">{errors.starts.message}</p>}
            <SimpleTable
              caption="Startmomenten met capaciteit"
              rows={starts.fields}
              rowKey={(field) => field.id}
              columns={[
                {
                  header: "Startdatum",
                  render: (field, index) => (
                    <input
                      type="date"
                      aria-label={`Startdatum ${index + 1}`}
                      readOnly={field.taken > 0}
                      {...register(`starts.${index}.startsOn`)}
                    />
                  ),
                },
                {
                  header: "Plekken",
                  render: (_, index) => (
                    <input
                      inputMode="numeric"
                      aria-label={`Plekken bij startmoment ${index + 1}`}
                      {...register(`starts.${index}.capacity`)}
                    />
                  ),
                },
                { header: "Bezet", render: (field) => field.taken },
                {
                  header: <ActionsHeader />,
                  render: (field, index) => (
                    <button
                      type="button"
                      className="secondary"
                      disabled={field.taken > 0}
                      onClick={() => starts.remove(index)}
                    >
                      Verwijder startmoment {field.startsOn ? formatDate(field.startsOn) : index + 1}
                    </button>
                  ),
                },
              ]}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => starts.append({ startsOn: "", capacity: "", taken: 0 })}
            >
              Startmoment toevoegen
            </button>
          </>
        )}
      </fieldset>
      {saved && <output className="success">Het aanbod is opgeslagen.</output>}
    </FormPanel>
  );
}
