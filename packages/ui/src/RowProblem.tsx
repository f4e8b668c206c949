/**
 * The marker of a list row the rules could not judge, with their reason in words (not only a colour),
 * so the rest of the list can be read as usual. Every list with a `problem` per row shows it this way.
 */
export function RowProblem({ problem }: { problem: string }) {
  return (
    <span className="row-problem">
      <span className="badge badge-problem">Niet beoordeeld</span> {problem}
    </span>
  );
}
