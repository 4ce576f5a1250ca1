// A multi-choice from a small vocabulary (colours, emotions) as toggle chips.
import type { ReactNode } from "react";

export function ChoiceChips<T extends string>(props: {
  legend: string;
  options: readonly T[];
  value: T[];
  onChange: (value: T[]) => void;
  decorate?: (option: T) => ReactNode;
  error?: string | undefined;
  path?: string;
}) {
  return (
    <fieldset className={`choice-chips${props.error ? " field--invalid" : ""}`} data-field={props.path}>
      <legend className="field__label">{props.legend}</legend>
      <div className="choice-chips__options">
        {props.options.map((o) => {
          const on = props.value.includes(o);
          return (
            <label key={o} className={`chip chip--toggle${on ? " chip--on" : ""}`}>
              <input
                type="checkbox"
                checked={on}
                onChange={() => props.onChange(on ? props.value.filter((x) => x !== o) : [...props.value, o])}
              />
              {props.decorate?.(o)}
              {o}
            </label>
          );
        })}
      </div>
      {props.error && (
        <p className="field-error" data-error-for={props.path}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
