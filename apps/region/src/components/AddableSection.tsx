import { useRoles } from "@ontwikkelpad/ui";
import { useState, type ReactNode } from "react";

/**
 * A section of the implementation page: its heading and, for the coordinator, a button that opens the
 * form to add an item; the form closes itself once saved or cancelled.
 */
export function AddableSection({
  id,
  title,
  addLabel,
  renderForm,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  renderForm: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const { can } = useRoles();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby={id}>
      <div className="page-header">
        <h2 id={id}>{title}</h2>
        {can("manageImplementation") && !adding && (
          <button type="button" onClick={() => setAdding(true)}>
            {addLabel}
          </button>
        )}
      </div>
      {adding && renderForm(() => setAdding(false))}
      {children}
    </section>
  );
}
