import { useId, useState, type ReactNode } from "react";

export interface Choice {
  id: string;
  name: string;
}

/**
 * A choice from a list that can be long: a search box narrows the options of the select below
 * it by name (the chosen one stays listed, so narrowing never changes the choice unseen).
 */
export function SearchableChoice({
  label,
  searchLabel,
  placeholder,
  choices,
  value,
  onChange,
  hint,
  error,
  required = false,
}: {
  label: string;
  searchLabel: string;
  placeholder: string;
  choices: readonly Choice[];
  value: string;
  onChange: (id: string) => void;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
}) {
  const searchId = useId();
  const selectId = useId();
  const hintId = useId();
  const errorId = useId();
  const [search, setSearch] = useState("");
  const needle = search.trim().toLocaleLowerCase("nl");
  const shown = choices.filter((c) => c.id === value || c.name.toLocaleLowerCase("nl").includes(needle));
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={searchId}>{searchLabel}</label>
      <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        required={required}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={[hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{shown.length === 0 ? "Geen resultaten voor deze zoekterm" : placeholder}</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
