import { downloadBlob, errorMessage, useTRPC } from "@ontwikkelpad/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/**
 * The PDF of an issued credential (made in the browser) and its Open Badges 3.0 data as JSON (unsigned),
 * for printing or for a wallet later.
 */
export function CredentialDownloads({ credentialId, label }: { credentialId: string; label: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<"pdf" | "json" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: "pdf" | "json") {
    setBusy(kind);
    setError(null);
    try {
      const data = await queryClient.fetchQuery(
        trpc.school.credentials.document.queryOptions({ credentialId }),
      );
      // pdf-lib is large and only needed here: loaded on the first download, not with the portal.
      const { credentialFileName, layoutCredentialPdf } = await import("../credential-pdf.ts");
      const name = credentialFileName(data);
      if (kind === "pdf") {
        const { bytes } = await layoutCredentialPdf(data);
        downloadBlob(
          `${name}.pdf`,
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
        );
      } else {
        const badge = await queryClient.fetchQuery(
          trpc.school.credentials.openBadge.queryOptions({ credentialId }),
        );
        downloadBlob(
          `${name}.json`,
          new Blob([JSON.stringify(badge.credential, null, 2)], { type: "application/json" }),
        );
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <span className="row-actions">
      <button
        type="button"
        className="secondary"
        disabled={busy !== null}
        aria-label={`PDF van ${label}`}
        onClick={() => void run("pdf")}
      >
        {busy === "pdf" ? "PDF maken…" : "PDF"}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy !== null}
        aria-label={`JSON (Open Badges) van ${label}`}
        onClick={() => void run("json")}
      >
        {busy === "json" ? "Bezig…" : "JSON (Open Badges)"}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
