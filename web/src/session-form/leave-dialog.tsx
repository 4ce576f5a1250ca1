// Asked when leaving the form with changes not yet saved to the record.
import { useEffect, useRef } from "react";
import type { LeaveGuard } from "./use-leave-guard";

export function LeaveDialog({ guard }: { guard: LeaveGuard }) {
  const stay = useRef<HTMLButtonElement>(null);
  const blocked = guard.asking;
  useEffect(() => {
    if (blocked) stay.current?.focus();
  }, [blocked]);
  if (!blocked) return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog card stack" role="alertdialog" aria-modal="true" aria-labelledby="leave-title">
        <h2 id="leave-title">Leave this session?</h2>
        <p>
          Some changes are not saved to the record yet. A draft is kept, so you can come back to them, but
          nobody else sees them until you save.
        </p>
        <div className="dialog__actions">
          <button ref={stay} type="button" className="button--primary" onClick={guard.stay}>
            Stay and keep editing
          </button>
          <button type="button" className="button--secondary" onClick={guard.leave}>
            Leave
          </button>
        </div>
      </div>
    </div>
  );
}
