// Merging two characters that turned out to be one: from the card of the one that goes, choose
// the one it is merged into, then confirm. Only links change: every piece keeps the label it was
// written with (a signed note reads as signed); the kept character's notes gain the merged one's
// notes and aspect, and the merged character is removed (audited).
import { useEffect, useRef, useState } from "react";
import type { CharacterCard } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { FormProblems } from "../../components/form-problems";

export function MergeCharacter({
  character,
  others,
  onMerged,
}: {
  character: CharacterCard;
  others: readonly CharacterCard[];
  onMerged: (kept: CharacterCard, merged: CharacterCard) => void | Promise<void>;
}) {
  const [targetId, setTargetId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const target = others.find((o) => o.id === targetId) ?? null;
  const pieces = character.sessionsSeen;

  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [confirming]);

  if (others.length === 0) return null;
  const merge = async () => {
    if (!target) return;
    setBusy(true);
    setProblem(null);
    try {
      await api.mergeCharacters(target.id, {
        mergedId: character.id,
        version: target.version,
        mergedVersion: character.version,
      });
      await onMerged(target, character);
    } catch (err) {
      setProblem(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="merge-character">
      <summary>Merge into…</summary>
      <FormProblems error={problem} />
      <div className="merge-character__choose">
        <label className="filters__field">
          <span>The same figure as</span>
          <select
            value={targetId}
            onChange={(e) => {
              setTargetId(e.target.value);
              setConfirming(false);
            }}
          >
            <option value="">Choose a character…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label} ({o.aspect})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button--secondary button--small"
          disabled={!target}
          onClick={() => setConfirming(true)}
        >
          Merge…
        </button>
      </div>
      {confirming && target && (
        <div
          ref={confirmRef}
          role="alertdialog"
          aria-labelledby={`merge-q-${character.id}`}
          aria-describedby={`merge-d-${character.id}`}
          className="confirm merge-character__confirm"
        >
          <p id={`merge-q-${character.id}`}>
            <strong>
              Merge “{character.label}” into “{target.label}”?
            </strong>
          </p>
          <p id={`merge-d-${character.id}`} className="small">
            Its pieces{pieces ? ` from ${pieces} ${pieces === 1 ? "session" : "sessions"}` : ""} will belong
            to “{target.label}”, its notes and its aspect ({character.aspect}) are added to the notes of “
            {target.label}”, and “{character.label}” is removed. Session notes, signed ones too, keep the
            words as written.
          </p>
          <button
            type="button"
            className="button--danger button--small"
            disabled={busy}
            onClick={() => void merge()}
          >
            Merge
          </button>{" "}
          <button
            type="button"
            className="button--secondary button--small"
            onClick={() => setConfirming(false)}
          >
            Keep both
          </button>
        </div>
      )}
    </details>
  );
}
