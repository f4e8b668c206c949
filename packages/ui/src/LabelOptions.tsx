/**
 * The `<option>`s of a `<select>` for every value of a label table (`LEARNING_ROUTE_LABELS`, …): the
 * wire value as the option's value and its Dutch label as its text, in the table's order.
 */
export function LabelOptions({ labels }: { labels: Readonly<Record<string, string>> }) {
  return (
    <>
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
