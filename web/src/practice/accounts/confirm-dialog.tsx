// A yes/no question before an account change that logs someone out or locks them out.
import { useEffect, useRef, type ReactNode } from "react";

export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && props.onCancel();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="overlay">
      <div
        className="overlay__dialog stack"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
      >
        <h2 id="confirm-title">{props.title}</h2>
        <div className="stack">{props.children}</div>
        {props.error && (
          <p className="notice notice--error" role="alert">
            {props.error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className={props.danger ? "button--danger" : "button--primary"}
            onClick={props.onConfirm}
            disabled={props.busy}
          >
            {props.confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
