// The narrative as the practitioner writes it, with the pieces Tessera suggests from it.
import { useState } from "react";
import type { Character } from "../../../src/domain";
import { Field } from "../components/field";
import { NarrativeMirror, type Highlight } from "../suggestions/narrative-mirror";
import { SuggestionsPanel } from "../suggestions/suggestions-panel";
import type { Suggestion } from "../suggestions/suggestion-state";
import { visibleByThreshold } from "../suggestions/suggestion-threshold";
import { useSuggestionThreshold } from "../suggestions/use-suggestion-threshold";
import type { Suggestions } from "../suggestions/use-suggestions";
import type { DraftPiece } from "./session-draft";
import { relocateSpan } from "./span";

export function NarrativeSection(props: {
  narrative: string;
  error: string | undefined;
  suggestions: Suggestions;
  open: Suggestion[];
  pieces: DraftPiece[];
  characters: readonly Character[];
  onNarrative: (text: string) => void;
  onAccept: (s: Suggestion) => void;
  onEdit: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onAcceptAll: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const threshold = useSuggestionThreshold();
  const pick = (key: string) => {
    setPicked(key);
    document.getElementById(`suggestion-${key}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  const hasText = props.narrative.trim() !== "";
  // Pieces already taken from the narrative are underlined in the read-back too.
  const recorded: Highlight[] = props.pieces.flatMap((p) => {
    const span = p.start === null ? null : relocateSpan(props.suggestions.text, p.text, p.start);
    return span ? [{ key: p.key, kind: p.kind, ...span, recorded: true }] : [];
  });
  // Only the suggestions the panel shows are tinted: one hidden below the threshold is not, until revealed.
  const { visible } = visibleByThreshold(props.open, threshold.level, threshold.revealed);
  const highlights = [...visible, ...recorded];
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
        {hasText && highlights.length > 0 && (
          <div className="stack-sm">
            <p className="field__label">Read back: suggestions tinted, accepted pieces underlined</p>
            <NarrativeMirror
              text={props.suggestions.text}
              highlights={highlights}
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
        threshold={threshold}
        onAccept={props.onAccept}
        onEdit={props.onEdit}
        onDismiss={props.onDismiss}
        onAcceptAll={props.onAcceptAll}
      />
    </div>
  );
}
