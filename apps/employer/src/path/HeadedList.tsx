/** A short list under a bold lead-in ("Nog te regelen:", "Blijft daarna nog open:"). */
export function HeadedList({ label, items }: { label: string; items: readonly string[] }) {
  return (
    <>
      <p>
        <strong>{label}</strong>
      </p>
      <ul>
        {items.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </>
  );
}
