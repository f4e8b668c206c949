import {
  ErrorMessage,
  QueryState,
  VerificationResult,
  downloadBlob,
  usePageTitle,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { useSearchParams } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

/** The credential behind the link in a PDF's QR code, checked as soon as the page opens. */
function IssuedCredentialCheck({ credentialId }: { credentialId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.verification.checkIssued.queryOptions({ credentialId }, { retry: false }));
  return (
    <QueryState query={query}>
      {({ credential, ...result }) => (
        <>
          <VerificationResult result={result} />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadBlob(
                "bewijs.json",
                new Blob([JSON.stringify(credential, null, 2)], { type: "application/json" }),
              )
            }
          >
            Bewijs downloaden (JSON)
          </button>
        </>
      )}
    </QueryState>
  );
}

/**
 * The public verify page (no login): a credential's JSON dropped, chosen or pasted, or the one behind
 * the QR code of its PDF, checked for issuer, signature and revocation.
 */
export function VerificationPage() {
  usePageTitle("Bewijs controleren", PORTAL_NAME);
  const trpc = useTRPC();
  const credentialId = useSearchParams()[0].get("id");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const check = useMutation(trpc.verification.check.mutationOptions());

  function submit(json: string) {
    setProblem(null);
    check.reset();
    let credential: unknown;
    try {
      credential = JSON.parse(json);
    } catch {
      credential = null;
    }
    if (!credential || typeof credential !== "object" || Array.isArray(credential)) {
      setProblem("Dit is geen bewijs in JSON. Plak de volledige inhoud van het JSON-bestand van het bewijs.");
      return;
    }
    check.mutate({ credential: credential as Record<string, unknown> });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    submit(content);
  }

  return (
    <main id="inhoud" className="login">
      <h1>Bewijs controleren</h1>
      <p>
        Controleer of een diploma, certificaat of praktijkverklaring echt is: wie het uitgaf, of de
        handtekening klopt en of het niet is ingetrokken. Je hoeft niet in te loggen.
      </p>
      {credentialId ? (
        <IssuedCredentialCheck credentialId={credentialId} />
      ) : (
        <>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit(text);
            }}
          >
            <label htmlFor="bewijs-bestand">JSON-bestand van het bewijs (kies of sleep het hierheen)</label>
            <input
              id="bewijs-bestand"
              type="file"
              accept=".json,application/json"
              onChange={(e) => void choose(e)}
            />
            <label htmlFor="bewijs-tekst">Of plak de inhoud van het bewijs</label>
            <textarea
              id="bewijs-tekst"
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={problem ? "bewijs-probleem" : undefined}
            />
            {problem && (
              <p id="bewijs-probleem" className="form-error" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" disabled={check.isPending}>
              {check.isPending ? "Controleren…" : "Controleren"}
            </button>
          </form>
          {check.error && <ErrorMessage error={check.error} />}
          {check.data && <VerificationResult result={check.data} />}
        </>
      )}
    </main>
  );
}
