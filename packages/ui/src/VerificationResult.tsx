import type { RouterOutputs } from "@ontwikkelpad/api";
import { useId } from "react";
import { formatDate } from "./format.ts";
import { VERIFICATION_CHECK_LABELS, VERIFICATION_OUTCOME_LABELS } from "./labels.ts";

type Verification = RouterOutputs["verification"]["check"];

/**
 * What a verification of a credential found, in Dutch: the verdict first, then each check (issuer,
 * signature, not revoked) and what the credential states. The public verify page shows it under an h1
 * (`level` 2), the employer's upload inside a section (`level` 3).
 */
export function VerificationResult({ result, level = 2 }: { result: Verification; level?: 2 | 3 }) {
  const { outcome, checks, issuer, statement } = result;
  const Heading = level === 2 ? "h2" : "h3";
  const SubHeading = level === 2 ? "h3" : "h4";
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>Uitkomst</Heading>
      <p>
        <output>
          <strong>{VERIFICATION_OUTCOME_LABELS[outcome]}</strong>
        </output>
      </p>
      <dl className="details-list">
        <dt>Uitgever</dt>
        <dd>
          {issuer ? `${issuer.name}${issuer.brin ? ` (BRIN ${issuer.brin})` : ""}` : "Onbekend"}:{" "}
          {VERIFICATION_CHECK_LABELS[checks.issuer]}
        </dd>
        <dt>Handtekening</dt>
        <dd>{VERIFICATION_CHECK_LABELS[checks.signature]}</dd>
        <dt>Niet ingetrokken</dt>
        <dd>{VERIFICATION_CHECK_LABELS[checks.notRevoked]}</dd>
      </dl>
      {statement && (
        <>
          <Heading>Wat het bewijs vermeldt</Heading>
          {outcome !== "VALID" && (
            <p>Let op: deze gegevens zijn niet bevestigd, zie de uitkomst hierboven.</p>
          )}
          <dl className="details-list">
            <dt>Naam</dt>
            <dd>{statement.learnerName ?? "Niet vermeld"}</dd>
            <dt>Behaald</dt>
            <dd>
              {statement.achievement}
              {statement.code ? ` (${statement.code})` : ""}
            </dd>
            {statement.validFrom && (
              <>
                <dt>Uitgegeven op</dt>
                <dd>{formatDate(statement.validFrom.slice(0, 10))}</dd>
              </>
            )}
          </dl>
          {statement.workProcesses.length > 0 && (
            <>
              <SubHeading>Werkprocessen</SubHeading>
              <ul>
                {statement.workProcesses.map((wp) => (
                  <li key={wp.code}>
                    {wp.code} {wp.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
