import { useId, type FormEventHandler, type ReactNode } from "react";

export interface FormPanelProps {
  /** The legend; it also names the form for screen readers. */
  title: ReactNode;
  /** Text under the legend, before the form-level error. */
  intro?: ReactNode;
  /** The message for the whole form (not for one field), announced as an alert. */
  error: string | null;
  /** Fields laid out side by side in the form grid. */
  grid?: ReactNode;
  /** Fields at full width, after the grid. */
  children?: ReactNode;
  submitLabel: string;
  pending: boolean;
  pendingLabel?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Adds the "Annuleren" button. */
  onCancel?: () => void;
  className?: string;
}

/** The frame the portals' forms share: a named form and fieldset, the form error, the fields and the buttons. */
export function FormPanel({
  title,
  intro,
  error,
  grid,
  children,
  submitLabel,
  pending,
  pendingLabel = "Bezig met opslaan…",
  onSubmit,
  onCancel,
  className,
}: FormPanelProps) {
  const titleId = useId();
  return (
    <form noValidate aria-labelledby={titleId} className={className} onSubmit={onSubmit}>
      <fieldset>
        <legend id={titleId}>{title}</legend>
        {intro}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {grid && <div className="form-grid">{grid}</div>}
        {children}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="secondary" onClick={onCancel}>
              Annuleren
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
