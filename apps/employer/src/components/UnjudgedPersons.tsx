import { RowProblem } from "@ontwikkelpad/ui";
import { Link } from "react-router";

/**
 * The persons a page could not judge, each with the reason, so the figures around it are read
 * knowing who is not in them. Shows nothing when the rules judged everyone.
 */
export function UnjudgedPersons({
  persons,
  leftOut,
}: {
  persons: { personId: string; name: string; problem: string }[];
  /** What these persons are left out of, e.g. "de bezetting en de prognose". */
  leftOut: string;
}) {
  if (persons.length === 0) return null;
  return (
    <div className="notice">
      <p>
        <strong>Niet beoordeeld.</strong> De regels konden de gegevens van{" "}
        {persons.length === 1 ? "deze persoon" : `deze ${persons.length} personen`} niet beoordelen; ze tellen
        niet mee in {leftOut}. Corrigeer de genoemde gegevens op hun persoonspagina.
      </p>
      <ul>
        {persons.map((p) => (
          <li key={p.personId}>
            <Link to={`/personen/${p.personId}`}>{p.name}</Link>: <RowProblem problem={p.problem} />
          </li>
        ))}
      </ul>
    </div>
  );
}
