import type { RouterOutputs } from "@ontwikkelpad/api";
import { Field, FormPanel, VerificationResult, errorMessage, fieldErrorsOf, useTRPC } from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";

type Outcome = RouterOutputs["employer"]["heldCredentials"]["upload"]["verification"]["outcome"];

/** What HR can do when an uploaded credential is refused (the verdict itself is the shared label). */
const NEXT_STEP: Record<Exclude<Outcome, "VALID">, string> = {
  TAMPERED: "Vraag de medewerker om het originele bestand van de school.",
  UNKNOWN_ISSUER:
    "Alleen bewijzen van scholen die met Ontwikkelpad werken, kunnen worden geüpload. Leg het anders vast met “Diploma of certificaat toevoegen”.",
  UNTRUSTED_ISSUER:
    "Vraag de beheerder van Ontwikkelpad om deze uitgever aan de vertrouwde uitgevers toe te voegen, of leg het vast met “Diploma of certificaat toevoegen”.",
  ISSUER_UNREACHABLE: "Probeer het later opnieuw.",
  REVOKED: "Vraag de medewerker om het bewijs dat de school ervoor in de plaats gaf.",
};

/**
 * Adds what a person holds from the verifiable credential (Open Badges JSON) a school gave them, chosen
 * as a file or pasted (employer.heldCredentials.upload): it is verified before it is stored, and the
 * answer shows what was checked and, when refused, why and what to do.
 */
export function UploadHeldCredentialForm({
  personId,
  name,
  onSaved,
  onCancel,
}: {
  personId: string;
  name: string;
  onSaved: (issuerName: string) => Promise<void>;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const [json, setJson] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useMutation(
    trpc.employer.heldCredentials.upload.mutationOptions({
      onSuccess: async (result) => {
        if (result.heldCredentialId) await onSaved(result.verification.issuer?.name ?? "de school");
      },
      onError: (error) => {
        const fieldMessage = fieldErrorsOf(error).json;
        setFieldError(fieldMessage ?? null);
        setFormError(fieldMessage ? null : errorMessage(error));
      },
    }),
  );

  const submit = (text: string) => {
    setFieldError(null);
    setFormError(null);
    upload.reset();
    if (!text.trim()) return setFieldError("Kies een JSON-bestand of plak de inhoud.");
    upload.mutate({ personId, json: text });
  };
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setJson(content);
    submit(content);
  }
  const result = upload.data;

  return (
    <FormPanel
      title="Bewijs uploaden (JSON)"
      intro={
        <p>
          Heeft {name} een diploma, certificaat of praktijkverklaring van een school die met Ontwikkelpad
          werkt? Kies het JSON-bestand van het bewijs of plak de inhoud. Het wordt eerst gecontroleerd: wie
          het uitgaf, de handtekening en of het niet is ingetrokken.
        </p>
      }
      error={formError}
      submitLabel="Uploaden en controleren"
      pending={upload.isPending}
      pendingLabel="Bezig met controleren…"
      onCancel={onCancel}
      onSubmit={(event) => {
        event.preventDefault();
        submit(json);
      }}
    >
      <Field label="JSON-bestand van het bewijs" required>
        {(props) => (
          <input {...props} type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
        )}
      </Field>
      <Field label="Of plak de inhoud van het bewijs" required error={fieldError ?? undefined}>
        {(props) => <textarea {...props} rows={6} value={json} onChange={(e) => setJson(e.target.value)} />}
      </Field>
      {result && result.verification.outcome !== "VALID" && (
        <>
          <p role="alert">Het bewijs is niet toegevoegd. {NEXT_STEP[result.verification.outcome]}</p>
          <VerificationResult result={result.verification} level={3} />
        </>
      )}
    </FormPanel>
  );
}
