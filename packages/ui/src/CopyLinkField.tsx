import { Field } from "./Field.tsx";
import { useState } from "react";

/**
 * A link the user passes on (an invitation, an employee's own view): read-only, selected on focus,
 * with a button that copies it. "Gekopieerd" holds for this link only, so a new link shows the button again.
 */
export function CopyLinkField({ label, link }: { label: string; link: string }) {
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  return (
    <>
      <Field label={label}>
        {(props) => <input {...props} readOnly value={link} onFocus={(e) => e.target.select()} />}
      </Field>
      <button
        type="button"
        className="secondary"
        onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopiedLink(link))}
      >
        {copiedLink === link ? "Gekopieerd" : "Link kopiëren"}
      </button>
    </>
  );
}
