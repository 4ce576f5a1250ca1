// The narrative as the practitioner writes it, with the pieces Tessera suggests from it.
import { useState } from "react";
import type { Character } from "../../../src/domain";
import { Field } from "../components/field";
import { NarrativeMirror } from "../suggestions/narrative-mirror";
import { SuggestionsPanel, cssSafe } from "../suggestions/suggestions-panel";
import type { Suggestion } from "../suggestions/suggestion-state";
import type { Suggestions } from "../suggestions/use-suggestions";

export function NarrativeSection(props: {
  narrative: string;
  error: string | undefined;
  suggestions: Suggestions;
  open: Suggestion[];
  characters: readonly Character[];
  onNarrative: (text: string) => void;
  onAccept: (s: Suggestion) => void;
  onEdit: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onAcceptAll: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const pick = (key: string) => {
    setPicked(key);
    document
      .getElementById(`suggestion-${cssSafe(key)}`)
      ?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  const hasText = props.narrative.trim() !== "";
  return (
    <div className="narrative">
      <div className="narrative__write stack">
        <Field
          label="Narrative"
          path="narrative"
          error={props.error}
          hint="What happened in the session, in your own words. Suggestions appear beside it as you write."
        >
          {(a) => (
            <textarea
              {...a}
              className="narrative__text"
              rows={12}
              value={props.narrative}
              onChange={(e) => props.onNarrative(e.target.value)}
            />
          )}
        </Field>
        {props.open.length > 0 && (
          <div className="stack-sm">
            <p className="field__label">Suggestions in the text</p>
            <NarrativeMirror
              text={props.suggestions.text}
              highlights={props.open}
              onPick={pick}
              label="Narrative with suggestions highlighted"
            />
          </div>
        )}
      </div>
      <SuggestionsPanel
        suggestions={props.open}
        characters={props.characters}
        pending={props.suggestions.pending}
        error={props.suggestions.error}
        hasText={hasText}
        highlighted={picked}
        onAccept={props.onAccept}
        onEdit={props.onEdit}
        onDismiss={props.onDismiss}
        onAcceptAll={props.onAcceptAll}
      />
    </div>
  );
}
