// Someone saved this session after you opened it: show where the two versions differ and let the
// practitioner keep theirs, take the other, or choose field by field. Nothing typed is lost here.
import { useEffect, useRef, useState } from "react";
import type { Session } from "../../../src/domain";
import {
  FIELD_LABEL,
  fieldsThatDiffer,
  mergeDrafts,
  summarise,
  type Choice,
  type SessionField,
} from "./conflict-merge";
import type { SessionDraft } from "./session-draft";

export function ConflictDialog(props: {
  mine: SessionDraft;
  theirs: Session;
  courseName: (id: string | null) => string;
  onResolve: (form: SessionDraft) => void;
}) {
  const fields = fieldsThatDiffer(props.mine, props.theirs);
  const [choices, setChoices] = useState<Partial<Record<SessionField, Choice>>>(() =>
    Object.fromEntries(fields.map((f) => [f, "mine"])),
  );
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const all = (c: Choice) => Object.fromEntries(fields.map((f) => [f, c]));
  const theirsAsDraft = mergeDrafts(props.mine, props.theirs, {});
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog dialog--wide card stack"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
      >
        <h2 id="conflict-title">Someone else saved this session meanwhile</h2>
        <p>
          Your changes are not lost.{" "}
          {fields.length === 0 ? "The two versions now agree." : "Where they differ:"}
        </p>
        {fields.length > 0 && (
          <table className="conflict-table" aria-label="Differences">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Yours</th>
                <th scope="col">Theirs</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f} data-conflict-field={f}>
                  <th scope="row">{FIELD_LABEL[f]}</th>
                  {(["mine", "theirs"] as const).map((side) => (
                    <td key={side}>
                      <label className="conflict-choice">
                        <input
                          type="radio"
                          name={`conflict-${f}`}
                          checked={choices[f] === side}
                          onChange={() => setChoices((c) => ({ ...c, [f]: side }))}
                          aria-label={`${side === "mine" ? "Keep mine" : "Take theirs"} for ${FIELD_LABEL[f]}`}
                        />
                        <span className="prose">
                          {summarise(side === "mine" ? props.mine : theirsAsDraft, f, props.courseName)}
                        </span>
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="dialog__actions">
          <button
            ref={first}
            type="button"
            className="button--primary"
            onClick={() => props.onResolve(mergeDrafts(props.mine, props.theirs, all("mine")))}
          >
            Keep mine
          </button>
          <button
            type="button"
            className="button--secondary"
            onClick={() => props.onResolve(mergeDrafts(props.mine, props.theirs, {}))}
          >
            Take theirs
          </button>
          {fields.length > 1 && (
            <button
              type="button"
              className="button--secondary"
              onClick={() => props.onResolve(mergeDrafts(props.mine, props.theirs, choices))}
            >
              Use the choices above
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
