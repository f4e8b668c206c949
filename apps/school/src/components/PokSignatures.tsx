import type { PokParty, RouterOutputs } from "@ontwikkelpad/api";
import {
  ErrorMessage,
  Field,
  FormPanel,
  POK_PARTY_LABELS,
  formatDate,
  useRoles,
  useTRPC,
} from "@ontwikkelpad/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Pok = RouterOutputs["school"]["enrolments"]["get"]["pok"];

/**
 * The POK's three signature places (learner, leerbedrijf, school; WEB art. 7.2.8), printed with the
 * POK, and while it waits for signatures a form per party to record who signed and when. The POK is
 * signed when the last of the three is recorded.
 */
export function PokSignatures({ enrolmentId, pok }: { enrolmentId: string; pok: Pok }) {
  const { can } = useRoles();
  const recording = pok.status === "SENT" && can("managePoks");
  return (
    <section aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">Handtekeningen</h2>
      <table aria-labelledby="signatures-heading">
        <thead>
          <tr>
            <th scope="col">Partij</th>
            <th scope="col">Getekend door</th>
            <th scope="col">Datum</th>
          </tr>
        </thead>
        <tbody>
          {pok.signatures.map(({ party, signature }) => (
            <tr key={party}>
              <th scope="row">{POK_PARTY_LABELS[party]}</th>
              <td>{signature?.by ?? "Nog niet getekend"}</td>
              <td>{signature ? formatDate(signature.on) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {recording && (
        <>
          <p className="hint no-print">
            De POK is getekend als de deelnemer, het leerbedrijf en de school alle drie tekenden.
          </p>
          {pok.signatures
            .filter((s) => s.signature === null)
            .map(({ party }) => (
              <SignatureForm key={party} enrolmentId={enrolmentId} party={party} />
            ))}
        </>
      )}
    </section>
  );
}

function SignatureForm({ enrolmentId, party }: { enrolmentId: string; party: PokParty }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [signedBy, setSignedBy] = useState("");
  const [signedOn, setSignedOn] = useState("");
  const sign = useMutation(
    trpc.school.enrolments.sign.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.school.enrolments.pathKey() }),
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
