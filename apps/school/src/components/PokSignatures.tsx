import type { PokParty, RouterOutputs } from "@ontwikkelpad/api";
import {
  ErrorMessage,
  Field,
  FormPanel,
  SimpleTable,
  type SimpleColumn,
  POK_PARTY_LABELS,
  formatDate,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

type Pok = RouterOutputs["school"]["enrolments"]["get"]["pok"];
type PartySignature = Pok["signatures"][number];

const SIGNATURE_COLUMNS: SimpleColumn<PartySignature>[] = [
  { header: "Partij", rowHeader: true, render: ({ party }) => POK_PARTY_LABELS[party] },
  { header: "Getekend door", render: ({ signature }) => signature?.by ?? "Nog niet getekend" },
  { header: "Datum", render: ({ signature }) => (signature ? formatDate(signature.on) : "—") },
];

/**
 * The POK's three signature places (learner, leerbedrijf, school; WEB art. 7.2.8), printed with the
 * POK, and while it waits for signatures a form per party to record who signed and when. The POK is
 * signed when the last of the three is recorded.
 */
export function PokSignatures({ enrolmentId, pok }: { enrolmentId: string; pok: Pok }) {
  const { can } = useRoles();
  const recording = pok.status === "SENT" && can("managePoks");
  const [recorded, setRecorded] = useState<PokParty | null>(null);
  return (
    <section aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">Handtekeningen</h2>
      <SimpleTable
        label="Handtekeningen"
        columns={SIGNATURE_COLUMNS}
        rows={pok.signatures}
        rowKey={(row) => row.party}
      />
      {recorded && (
        <output className="success no-print">
          Handtekening {POK_PARTY_LABELS[recorded].toLowerCase()} vastgelegd.
          {pok.status === "SIGNED" ? " De POK is getekend." : ""}
        </output>
      )}
      {recording && (
        <>
          <p className="hint no-print">
            De POK is getekend als de deelnemer, het leerbedrijf en de school alle drie tekenden.
          </p>
          {pok.signatures
            .filter((s) => s.signature === null)
            .map(({ party }) => (
              <SignatureForm
                key={party}
                enrolmentId={enrolmentId}
                party={party}
                onSigned={() => setRecorded(party)}
              />
            ))}
        </>
      )}
    </section>
  );
}

function SignatureForm({
  enrolmentId,
  party,
  onSigned,
}: {
  enrolmentId: string;
  party: PokParty;
  onSigned: () => void;
}) {
  const trpc = useTRPC();
  const [signedBy, setSignedBy] = useState("");
  const [signedOn, setSignedOn] = useState("");
  const sign = useMutation(
    trpc.school.enrolments.sign.mutationOptions({
      onSuccess: onSigned,
    }),
  );
  const label = POK_PARTY_LABELS[party].toLowerCase();
  return (
    <FormPanel
      className="no-print"
      title={`Handtekening ${label}`}
      error={null}
      submitLabel={`Handtekening ${label} vastleggen`}
      pending={sign.isPending}
      onSubmit={(event) => {
        event.preventDefault();
        sign.mutate({ enrolmentId, party, signedBy: signedBy.trim(), signedOn });
      }}
      grid={
        <>
          <Field label="Getekend door" required>
            {(props) => <input {...props} value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />}
          </Field>
          <Field label="Datum van de handtekening" required>
            {(props) => (
              <input {...props} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
            )}
          </Field>
        </>
      }
    >
      {sign.isError && <ErrorMessage error={sign.error} />}
    </FormPanel>
  );
}
