import {
  ADVICE_STATUS_LABELS,
  QueryState,
  SimpleTable,
  errorMessage,
  formatDate,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AdviceForm } from "./AdviceForm.tsx";
import { AdviceNoteView, type AdviceNote } from "./AdviceNoteView.tsx";

type Editing = { concept: AdviceNote | null; corrects: AdviceNote | null } | null;

/**
 * The LWL advice note of a candidate with advice consent: the advice that holds (printable for the
 * candidate), its versions, and for the LWL-adviseurs and the coordinator writing, giving and
 * following it up. The WSP-adviseurs read the given advice only.
 */
export function AdvicePanel({ candidateId }: { candidateId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notes = useQuery(trpc.region.advice.notes.queryOptions({ candidateId }));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.region.advice.notes.pathKey() });
  const give = useMutation(trpc.region.advice.give.mutationOptions({ onSuccess: refresh }));
  const followUp = useMutation(trpc.region.advice.followUp.mutationOptions({ onSuccess: refresh }));
  const failed = give.error ?? followUp.error;

  return (
    <section aria-labelledby="advice-title" className="advice">
      <h2 id="advice-title">LWL-advies</h2>
      <QueryState query={notes}>
        {(page) => {
          const concept = page.notes.find((n) => n.status === "CONCEPT") ?? null;
          const current = page.notes.find((n) => n.id === page.currentId) ?? null;
          const shown = page.notes.find((n) => n.id === selectedId) ?? concept ?? current;
          return (
            <>
              {failed && (
                <p className="form-error" role="alert">
                  {errorMessage(failed)}
                </p>
              )}
              {editing ? (
                <AdviceForm
                  key={editing.concept?.id ?? editing.corrects?.id ?? "new"}
                  candidateId={candidateId}
                  concept={editing.concept}
                  corrects={editing.corrects}
                  onDone={() => setEditing(null)}
                />
              ) : (
                page.canWrite && (
                  <div className="row-actions no-print">
                    {concept ? (
                      <>
                        <button type="button" onClick={() => setEditing({ concept, corrects: null })}>
                          Concept aanpassen
                        </button>
                        <button
                          type="button"
                          disabled={give.isPending}
                          onClick={() => give.mutate({ noteId: concept.id })}
                        >
                          Advies geven
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setEditing({ concept: null, corrects: current })}>
                        {current ? "Nieuwe versie schrijven" : "Advies schrijven"}
                      </button>
                    )}
                    {current?.status === "GIVEN" && !concept && (
                      <button
                        type="button"
                        className="secondary"
                        disabled={followUp.isPending}
                        onClick={() => followUp.mutate({ noteId: current.id })}
                      >
                        Markeer als opgevolgd
                      </button>
                    )}
                  </div>
                )
              )}
              {shown ? (
                <>
                  <AdviceNoteView note={shown} candidate={page.candidate} />
                  <button type="button" className="secondary no-print" onClick={() => window.print()}>
                    Advies afdrukken
                  </button>
                </>
              ) : (
                <p>Er is nog geen advies gegeven.</p>
              )}
              {page.notes.length > 1 && (
                <SimpleTable
                  caption="Versies van het advies"
                  rows={page.notes}
                  rowKey={(n) => n.id}
                  columns={[
                    { header: "Versie", rowHeader: true, render: (n) => String(n.version) },
                    { header: "Status", render: (n) => ADVICE_STATUS_LABELS[n.status] },
                    { header: "Route", render: (n) => n.routeTitle },
                    { header: "Gegeven op", render: (n) => (n.givenOn ? formatDate(n.givenOn) : "—") },
                    { header: "Reden van de correctie", render: (n) => n.correctionReason ?? "—" },
                    {
                      header: "Bekijken",
                      render: (n) => (
                        <button type="button" className="secondary" onClick={() => setSelectedId(n.id)}>
                          Bekijk versie {n.version}
                        </button>
                      ),
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
