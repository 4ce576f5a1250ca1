// The one input for a second-factor code, so login, enrolment and turning it off behave alike.
import type { FieldA11y } from "../components/field";

export function CodeInput(props: {
  a11y: FieldA11y;
  value: string;
  onValue: (code: string) => void;
  /** A recovery code (letters) is accepted too: no numeric keyboard on a phone. */
  recovery?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <input
      {...props.a11y}
      value={props.value}
      autoFocus={props.autoFocus}
      onChange={(e) => props.onValue(e.target.value)}
      autoComplete="one-time-code"
      inputMode={props.recovery ? "text" : "numeric"}
      spellCheck={false}
      className="code-input"
    />
  );
}
