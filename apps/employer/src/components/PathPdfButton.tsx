import type { RouterOutputs } from "@ontwikkelpad/api";
import { downloadBlob, errorMessage, formatDate, useTRPC } from "@ontwikkelpad/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { localIsoDate } from "../person-form.ts";
import { credentialTitle, progressPerCoreTask } from "../path-view.ts";

type Person = RouterOutputs["employer"]["persons"]["get"];

/** Makes the Ontwikkelpad PDF in the browser for the conversation with the employee. */
export function PathPdfButton({ person }: { person: Person }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const [pathData, assessments, me, credentials] = await Promise.all([
        queryClient.fetchQuery(trpc.employer.paths.get.queryOptions({ personId: person.id })),
        queryClient.fetchQuery(trpc.employer.assessments.get.queryOptions({ personId: person.id })),
        queryClient.fetchQuery(trpc.auth.me.queryOptions()),
        queryClient.fetchQuery(trpc.catalog.credentials.queryOptions(undefined, { staleTime: Infinity })),
      ]);
      const organization =
        me.memberships.find((m) => m.organizationId === me.activeOrganizationId)?.organizationName ?? "";
      const titleOf = (id: string) => credentialTitle(credentials, id);
      const today = localIsoDate();
      // pdf-lib is large and only needed here: loaded on the first download, not with the portal.
      const { buildPathPdf, toPathPdfData } = await import("../path-pdf.ts");
      const bytes = await buildPathPdf(
        toPathPdfData(
          organization,
          person,
          pathData,
          progressPerCoreTask(assessments.coreTasks, pathData.plan?.chosenRoute ?? null),
          titleOf,
          formatDate(today),
        ),
      );
      downloadBlob(
        `ontwikkelpad-${person.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}-${today}.pdf`,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
        {busy ? "PDF maken…" : "Ontwikkelpad als PDF"}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
