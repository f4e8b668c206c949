import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  HELD_CREDENTIAL_KIND_LABELS,
  ConfirmDialog,
  EDUCATION_LEVEL_LABELS,
  LANGUAGE_LEVEL_LABELS,
  QueryState,
  RECORD_PROVENANCE_LABELS,
  VERIFICATION_OUTCOME_LABELS,
  errorMessage,
  fieldErrorsOf,
  formatDate,
  useTRPC,
  SimpleTable,
  ReasonField,
} from "@ontwikkelpad/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AddHeldCredentialForm } from "./AddHeldCredentialForm.tsx";
import { PersonFactsForm } from "./PersonFactsForm.tsx";
import { UploadHeldCredentialForm } from "./UploadHeldCredentialForm.tsx";

type Item = RouterOutputs["employer"]["heldCredentials"]["list"]["items"][number];

const REASON_REQUIRED = "Geef kort de reden (bijvoorbeeld: dubbel ingevoerd).";

const itemTitle = (item: Item) =>
  item.kind === "OTHER_DIPLOMA"
    ? [
        item.title,
        item.educationLevel
          ? EDUCATION_LEVEL_LABELS[item.educationLevel as keyof typeof EDUCATION_LEVEL_LABELS]
          : null,
        item.diplomaGroup ? `diplomagroep ${item.diplomaGroup}` : null,
      ]
        .filter(Boolean)
        .join(", ")
    : item.credentialId && item.credentialId !== item.title
      ? `${item.title} (${item.credentialId})`
      : item.title;

/**
 * What a person brings and has earned: diplomas, certificates and praktijkverklaringen HR recorded
 * or uploaded as a school's verifiable credential (verified on upload; both can be removed) and those a
 * school issued through Ontwikkelpad (read only), with language level, VOG and babyscholing. The
 * functions above are judged on exactly these facts.
 */
export function HeldCredentialsSection({ personId, name }: { personId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const held = useQuery(trpc.employer.heldCredentials.list.queryOptions({ personId }));
  const [adding, setAdding] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [editingFacts, setEditingFacts] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);

  const refresh = async (message: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.employer.heldCredentials.list.queryKey({ personId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.persons.get.queryKey({ personId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.persons.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.employer.paths.pathKey() }),
    ]);
    setNotice(message);
  };
  const archive = useMutation(
    trpc.employer.heldCredentials.archive.mutationOptions({
      onSuccess: async () => {
        const title = removing?.title ?? "Het diploma";
        setRemoving(null);
        setReason("");
        await refresh(`${title} is verwijderd.`);
      },
      onError: (e) => setReasonError(fieldErrorsOf(e).reason ?? errorMessage(e)),
    }),
  );

  return (
    <section aria-labelledby="held-title">
      <h2 id="held-title">Diploma’s, certificaten, taal en VOG</h2>
      {notice && <output className="success">{notice}</output>}
      <QueryState query={held}>
        {(data) => (
          <>
            <dl className="details-list">
              <dt>Taalniveau mondeling</dt>
              <dd>
                {data.facts.languageLevel
                  ? `${LANGUAGE_LEVEL_LABELS[data.facts.languageLevel]}${data.facts.languageSource ? ` (${data.facts.languageSource})` : ""}`
                  : "Niet bekend"}
              </dd>
              <dt>VOG en Personenregister</dt>
              <dd>{data.facts.vogRegistered ? "Ja" : "Nee"}</dd>
              <dt>Babyscholing</dt>
              <dd>{data.facts.babyscholing ? "Ja" : "Nee"}</dd>
              <dt>Werkervaring</dt>
              <dd>{data.facts.experienceYears.toLocaleString("nl-NL")} jaar</dd>
            </dl>
            <div className="actions no-print">
              <button
                type="button"
                aria-expanded={editingFacts}
                onClick={() => {
                  setEditingFacts(!editingFacts);
                  setNotice(null);
                }}
              >
                Taal, VOG en babyscholing bewerken
              </button>
              <button
                type="button"
                aria-expanded={adding}
                onClick={() => {
                  setAdding(!adding);
                  setNotice(null);
                }}
              >
                Diploma of certificaat toevoegen
              </button>
              <button
                type="button"
                aria-expanded={uploading}
                onClick={() => {
                  setUploading(!uploading);
                  setNotice(null);
                }}
              >
                Bewijs uploaden (JSON)
              </button>
            </div>
            {editingFacts && (
              <PersonFactsForm
                personId={personId}
                facts={data.facts}
                onSaved={async () => {
                  setEditingFacts(false);
                  await refresh(`De gegevens van ${name} zijn opgeslagen.`);
                }}
                onCancel={() => setEditingFacts(false)}
              />
            )}
            {adding && (
              <AddHeldCredentialForm
                personId={personId}
                onSaved={async () => {
                  setAdding(false);
                  await refresh("Het diploma of certificaat is toegevoegd.");
                }}
                onCancel={() => setAdding(false)}
              />
            )}
            {uploading && (
              <UploadHeldCredentialForm
                personId={personId}
                name={name}
                onSaved={async (issuerName) => {
                  setUploading(false);
                  await refresh(
                    `Het bewijs van ${issuerName} is gecontroleerd (uitgever, handtekening, niet ingetrokken) en toegevoegd.`,
                  );
                }}
                onCancel={() => setUploading(false)}
              />
            )}
            {data.items.length === 0 ? (
              <p>Er zijn nog geen diploma’s of certificaten vastgelegd voor {name}.</p>
            ) : (
              <>
                {data.items.some((item) => item.provenance === "DECLARED_BY_EMPLOYER") && (
                  <p className="hint">
                    Wat de werkgever opgeeft, is niet geverifieerd door een school: het telt mee voor de
                    bezetting, maar een school geeft er nooit een certificaat of diploma op uit.
                  </p>
                )}
                <SimpleTable
                  caption={`Diploma’s, certificaten en praktijkverklaringen van ${name}`}
                  rows={data.items}
                  rowKey={(item) => `${item.provenance}-${item.id}`}
                  columns={[
                    { header: "Soort", render: (item) => HELD_CREDENTIAL_KIND_LABELS[item.kind] },
                    {
                      header: "Naam",
                      rowHeader: true,
                      render: (item) => (
                        <>
                          {itemTitle(item)}
                          {item.note && <p className="hint">{item.note}</p>}
                        </>
                      ),
                    },
                    { header: "Datum", render: (item) => formatDate(item.issuedOn) },
                    { header: "Uitgereikt door", render: (item) => item.institution },
                    {
                      header: "Herkomst",
                      render: (item) => (
                        <>
                          {RECORD_PROVENANCE_LABELS[item.provenance]}
                          {item.verification && (
                            <p className="hint">
                              Controle: {VERIFICATION_OUTCOME_LABELS[item.verification]}
                              {item.verifiedAt &&
                                ` (bij uploaden op ${formatDate(item.verifiedAt.slice(0, 10))})`}
                            </p>
                          )}
                        </>
                      ),
                    },
                    {
                      header: "Actie",
                      className: "no-print",
                      render: (item) =>
                        item.provenance !== "ISSUED_BY_SCHOOL" ? (
                          <button
                            type="button"
                            className="danger"
                            aria-label={`${item.title} verwijderen`}
                            onClick={() => {
                              setReasonError(null);
                              setRemoving(item);
                            }}
                          >
                            Verwijderen
                          </button>
                        ) : (
                          "Alleen de school kan dit corrigeren"
                        ),
                    },
                  ]}
                />
              </>
            )}
          </>
        )}
      </QueryState>
      <ConfirmDialog
        open={removing !== null}
        title={`${removing?.title ?? "Diploma"} verwijderen?`}
        confirmLabel="Verwijderen"
        busy={archive.isPending}
        onConfirm={() => {
          if (!removing) return;
          if (reason.trim().length < 3) return setReasonError(REASON_REQUIRED);
          setReasonError(null);
          archive.mutate({ heldCredentialId: removing.id, reason: reason.trim() });
        }}
        onCancel={() => {
          setRemoving(null);
          setReasonError(null);
        }}
      >
        <p>
          Het telt dan niet meer mee voor de functies die {name} mag vervullen. Het blijft in het archief
          bewaard.
        </p>
        <ReasonField error={reasonError} maxLength={500} value={reason} onChange={setReason} />
      </ConfirmDialog>
    </section>
  );
}
