import type { RouterOutputs } from "@ontwikkelpad/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useSearchParams } from "react-router";
import { errorMessage } from "./errors.ts";
import { FormPanel } from "./FormPanel.tsx";
import { MAIL_DELIVERY_LABELS, NOTIFICATION_KIND_LABELS } from "./labels.ts";
import { HIGHLIGHT_PARAM } from "./mail-settings.ts";
import { usePortal } from "./portal-context.ts";
import { QueryState } from "./QueryState.tsx";
import { useTRPC } from "./trpc.tsx";
import { usePageTitle } from "./usePageTitle.ts";

type Preference = RouterOutputs["account"]["mailPreferences"]["get"]["preferences"][number];
type Values = Record<Preference["kind"], Preference["delivery"]>;

const DELIVERIES = Object.keys(MAIL_DELIVERY_LABELS) as Preference["delivery"][];

/**
 * "Meldingen instellen", reached from the bell: per notification kind of this portal, whether the
 * user gets its mail at once, in a daily digest or not at all. The kind named in `?soort=` (the link
 * in a mail) is highlighted and has the focus.
 */
export function MailSettingsPage() {
  const portal = usePortal();
  usePageTitle("Meldingen instellen", portal.name);
  const trpc = useTRPC();
  const preferences = useQuery(trpc.account.mailPreferences.get.queryOptions());
  const [params] = useSearchParams();
  return (
    <>
      <h1>Meldingen instellen</h1>
      <p>
        De meldingen bij de knop Meldingen zie je altijd. Kies hier per soort of je er ook e-mail over krijgt:
        direct, één keer per dag in een overzicht, of niet.
      </p>
      <QueryState query={preferences}>
        {(data) =>
          data.preferences.length === 0 ? (
            <p className="empty">In deze organisatie krijg je geen meldingen.</p>
          ) : (
            <MailSettingsForm preferences={data.preferences} highlight={params.get(HIGHLIGHT_PARAM)} />
          )
        }
      </QueryState>
    </>
  );
}

function MailSettingsForm({
  preferences,
  highlight,
}: {
  preferences: readonly Preference[];
  highlight: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const noteId = useId();
  const highlighted = useRef<HTMLFieldSetElement>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit } = useForm<Values>({
    defaultValues: Object.fromEntries(preferences.map((p) => [p.kind, p.delivery])) as Values,
  });
  const save = useMutation(
    trpc.account.mailPreferences.set.mutationOptions({
      onSuccess: (answer) => {
        queryClient.setQueryData(trpc.account.mailPreferences.get.queryKey(), answer);
        setSaved(true);
      },
    }),
  );
  const highlightedKind = preferences.find((p) => p.kind === highlight)?.kind ?? null;
  useEffect(() => {
    const fieldset = highlighted.current;
    fieldset?.scrollIntoView({ block: "center" });
    fieldset?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }, []);

  return (
    <>
      <FormPanel
        title="E-mail per soort melding"
        intro={
          highlightedKind && (
            <p id={noteId} className="hint">
              Je kwam hier via de link in een e-mail over: {NOTIFICATION_KIND_LABELS[highlightedKind]}. Kies
              hieronder hoe je die e-mail wilt krijgen.
            </p>
          )
        }
        error={save.isError ? errorMessage(save.error) : null}
        submitLabel="Opslaan"
        pending={save.isPending}
        onSubmit={handleSubmit((values) => {
          setSaved(false);
          save.mutate({ preferences: preferences.map(({ kind }) => ({ kind, delivery: values[kind] })) });
        })}
      >
        {preferences.map(({ kind }) => (
          <fieldset
            key={kind}
            ref={kind === highlightedKind ? highlighted : undefined}
            className={kind === highlightedKind ? "radio-group highlighted" : "radio-group"}
            aria-describedby={kind === highlightedKind ? noteId : undefined}
          >
            <legend>{NOTIFICATION_KIND_LABELS[kind]}</legend>
            {DELIVERIES.map((delivery) => (
              <label key={delivery}>
                <input
                  type="radio"
                  value={delivery}
                  {...register(kind, { onChange: () => setSaved(false) })}
                />{" "}
                {MAIL_DELIVERY_LABELS[delivery]}
              </label>
            ))}
          </fieldset>
        ))}
      </FormPanel>
      {saved && <output className="success">Je keuzes zijn opgeslagen.</output>}
    </>
  );
}
