import { ErrorMessage } from "@ontwikkelpad/ui";
import { STEP_LABELS } from "../path-view.ts";
import { MOVE_ON, type MoveOn } from "./useStepMutations.ts";

/**
 * A step form's buttons: when the path stands at this step, "Opslaan en naar stap N" first (saving,
 * then moving on, or showing what is still missing), and the plain save beside it.
 */
export function SaveButtons({
  saveLabel,
  saving,
  onward,
}: {
  saveLabel: string;
  saving: boolean;
  onward: MoveOn;
}) {
  const busy = saving || onward.move.isPending;
  return (
    <>
      {onward.move.isError && <ErrorMessage error={onward.move.error} />}
      <div className="actions">
        {onward.next && (
          <button type="submit" name={MOVE_ON} disabled={busy}>
            {busy ? "Bezig…" : `Opslaan en naar stap ${onward.next.to}: ${STEP_LABELS[onward.next.to]}`}
          </button>
        )}
        <button type="submit" className={onward.next ? "secondary" : undefined} disabled={busy}>
          {saving ? "Bezig met opslaan…" : saveLabel}
        </button>
      </div>
    </>
  );
}
