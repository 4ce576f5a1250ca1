// A labelled input with its hint and the API's message for it, wired for screen readers.
import { useId, type ReactNode } from "react";

export interface FieldA11y {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
}

export function Field(props: {
  label: ReactNode;
  /** The API path this field answers for; the error carries it as data-error-for. */
  path?: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={`field${props.error ? " field--invalid" : ""} ${props.className ?? ""}`}
      data-field={props.path}
    >
      <label htmlFor={id} className="field__label">
        {props.label}
      </label>
      {props.children({
        id,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldError id={errorId} path={props.path} message={props.error} />
    </div>
  );
}

export function FieldError(props: {
  id?: string | undefined;
  path?: string | undefined;
  message?: string | undefined;
}) {
  if (!props.message) return null;
  return (
    <p className="field-error" id={props.id} data-error-for={props.path}>
      {props.message}
    </p>
  );
}
