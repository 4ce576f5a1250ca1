// Edits a character's label, aspect and description (its appearances are derived, not edited).
import type { CharacterWithAppearances } from "../../../src/domain";
import { ASPECTS } from "../../../src/domain/vocabulary";
import { api } from "../api/tessera-api";
import { NameChoiceForm } from "./name-choice-form";

export function CharacterForm(props: {
  character: CharacterWithAppearances;
  onDone: (changed: boolean) => void;
}) {
  const c = props.character;
  return (
    <NameChoiceForm
      title={c.label}
      name={{ label: "Label", path: "label", initial: c.label }}
      choice={{ label: "Aspect", path: "aspect", initial: c.aspect, options: ASPECTS }}
      description={c.description}
      save={({ name, choice, description }) =>
        api.updateCharacter(c.id, { label: name, aspect: choice, description, version: c.version })
      }
      onDone={props.onDone}
    />
  );
}
