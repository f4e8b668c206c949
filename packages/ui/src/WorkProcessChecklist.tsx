import { useId, useState } from "react";
import { formatCodeTitle } from "./format.ts";

/** A kerntaak's werkprocessen as `catalog.workProcesses` sends them. */
export interface WorkProcessGroup {
  dossierVersionId: string;
  dossierTitle: string;
  coreTaskCode: string;
  title: string;
  workProcesses: readonly { id: string; code: string; title: string }[];
}

/** Werkprocessen whose code, title or kerntaak holds the search term; a group without any is left out. */
export function filterWorkProcessGroups(
  groups: readonly WorkProcessGroup[],
  search: string,
): WorkProcessGroup[] {
  const term = search.trim().toLowerCase();
  if (!term) return [...groups];
  return groups
    .map((group) => {
      const groupMatches = `${group.coreTaskCode} ${group.title}`.toLowerCase().includes(term);
      return {
        ...group,
        workProcesses: groupMatches
          ? group.workProcesses
          : group.workProcesses.filter((w) => formatCodeTitle(w).toLowerCase().includes(term)),
      };
    })
    .filter((group) => group.workProcesses.length > 0);
}

/**
 * Choosing werkprocessen by touch: a checkbox per werkproces (code and title), grouped per
 * kwalificatiedossier and kerntaak, with a search box that narrows the list. What is chosen stays
 * chosen while the search hides it; the count says how many are chosen.
 */
export function WorkProcessChecklist({
  legend,
  hint,
  groups,
  value,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  groups: readonly WorkProcessGroup[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [search, setSearch] = useState("");
  const shown = filterWorkProcessGroups(groups, search);
  const dossiers = [...new Set(shown.map((g) => g.dossierTitle))];
  const toggle = (wpId: string, checked: boolean) =>
    onChange(checked ? [...value, wpId] : value.filter((v) => v !== wpId));
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="work-process-checklist" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>Zoek een werkproces</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <p className="hint" aria-live="polite">
        {value.length === 1 ? "1 werkproces gekozen" : `${value.length} werkprocessen gekozen`}
        {shown.length === 0 ? "; geen werkproces gevonden" : ""}
      </p>
      {dossiers.map((dossier) => (
        <fieldset key={dossier}>
          <legend>{dossier}</legend>
          {shown
            .filter((g) => g.dossierTitle === dossier)
            .map((group) => (
              <fieldset key={`${group.dossierVersionId}:${group.coreTaskCode}`}>
                <legend>
                  {group.coreTaskCode} {group.title}
                </legend>
                {group.workProcesses.map((w) => (
                  <div className="checkbox-field" key={w.id}>
                    <input
                      id={`${id}-${w.id}`}
                      type="checkbox"
                      checked={value.includes(w.id)}
                      onChange={(e) => toggle(w.id, e.target.checked)}
                    />
                    <label htmlFor={`${id}-${w.id}`}>
                      {w.code} {w.title}
                    </label>
                  </div>
                ))}
              </fieldset>
            ))}
        </fieldset>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
