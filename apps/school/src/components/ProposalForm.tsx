import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  applyServerErrors,
  Field,
  formatDate,
  FormPanel,
  useTRPC,
  titleWithLearningRoute,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

type Request = RouterOutputs["school"]["requests"]["getTraining"];

interface ProposalValues {
  offerId: string;
  startDate: string;
  schedule: string;
  price: string;
  note: string;
}

const FIELDS = {
  offerId: "offerId",
  startDate: "startDate",
  schedule: "schedule",
  priceCents: "price",
} as const;

/** "1.250,50" or "1250.5" → 125050 cents; "" → null. */
function parsePrice(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const normalised = trimmed.includes(",") ? trimmed.replaceAll(".", "").replace(",", ".") : trimmed;
  return Math.round(Number(normalised) * 100);
}

/** The school's proposal for a training request: the offer, start date, schedule and price. */
export function ProposalForm({ data, onAccepted }: { data: Request; onAccepted: () => Promise<void> }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const fitting = data.offers.filter((o) => o.credentialId === data.credentialId);
  const preferred = fitting.find((o) => o.id === data.requestedOffer?.id) ?? fitting[0];
  const form = useForm<ProposalValues>({
    defaultValues: {
      offerId: preferred?.id ?? "",
      startDate: preferred?.openStarts[0] ?? "",
      schedule: "",
      price:
        typeof preferred?.priceCents === "number" ? String(preferred.priceCents / 100).replace(".", ",") : "",
      note: "",
    },
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors;
  const chosenId = useWatch({ control, name: "offerId" });
  const chosen = data.offers.find((o) => o.id === chosenId);
  const accept = useMutation(
    trpc.school.requests.acceptTraining.mutationOptions({
      onSuccess: onAccepted,
      onError: (error) => setFormError(applyServerErrors(error, form, FIELDS)),
    }),
  );
  return (
    <FormPanel
      title="Accepteren met een voorstel"
      intro={
        <p className="hint">
          De werkgever ziet het voorstel in stap 7 van het Ontwikkelpad en kan het daar accepteren.
        </p>
      }
      error={formError}
      submitLabel="Voorstel versturen"
      pending={accept.isPending}
      pendingLabel="Bezig met versturen…"
      onSubmit={handleSubmit((values) => {
        setFormError(null);
        const note = values.note.trim();
        accept.mutate({
          requestId: data.id,
          offerId: values.offerId,
          startDate: values.startDate,
          schedule: values.schedule,
          priceCents: parsePrice(values.price),
          ...(note ? { note } : {}),
        });
      })}
      grid={
        <>
          <Field label="Aanbod" required error={errors.offerId?.message}>
            {(props) => (
              <select {...props} {...register("offerId", { required: "Kies het aanbod dat je voorstelt." })}>
                <option value="">Kies een aanbod</option>
                {fitting.map((o) => (
                  <option key={o.id} value={o.id}>
                    {titleWithLearningRoute(o.title, o.learningRoute)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {chosen?.onDemand ? (
            <Field
              label="Startdatum"
              required
              hint="Op afroep: kies de datum."
              error={errors.startDate?.message}
            >
              {(props) => (
                <input
                  {...props}
                  type="date"
                  {...register("startDate", { required: "Vul een startdatum in." })}
                />
              )}
            </Field>
          ) : (
            <Field
              label="Startmoment"
              required
              hint={chosen?.closedReason ?? "Alleen startmomenten met plek."}
              error={errors.startDate?.message}
            >
              {(props) => (
                <select {...props} {...register("startDate", { required: "Kies een startmoment met plek." })}>
                  <option value="">Kies een startmoment</option>
                  {(chosen?.openStarts ?? []).map((date) => (
                    <option key={date} value={date}>
                      {formatDate(date)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Prijs (euro)" error={errors.price?.message}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                {...register("price", {
                  validate: (value) =>
                    !value.trim() ||
                    /^\d+([.,]\d{1,2})?$/.test(value.trim().replaceAll(".", "")) ||
                    "Vul een bedrag in euro's in, bijvoorbeeld 1100,00.",
                })}
              />
            )}
          </Field>
        </>
      }
    >
      <Field
        label="Rooster"
        required
        hint="Bijvoorbeeld: donderdagmiddag les, 4 uur per week."
        error={errors.schedule?.message}
      >
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            {...register("schedule", { required: "Beschrijf het rooster.", maxLength: 500 })}
          />
        )}
      </Field>
      <Field label="Toelichting voor de werkgever" error={errors.note?.message}>
        {(props) => <textarea {...props} rows={3} {...register("note", { maxLength: 2000 })} />}
      </Field>
    </FormPanel>
  );
}
