// Links a character or message piece to one of the client's characters, or creates the character.
import { useState } from "react";
import type { Character, CharacterAspect } from "../../../src/domain";
import { ASPECTS } from "../../../src/domain/vocabulary";
import { Field } from "../components/field";
import { errorAt, type FieldErrors } from "../form-errors";
import type { DraftPiece } from "./session-draft";

export function PieceCharacter(props: {
  piece: DraftPiece;
  index: number;
  characters: Character[];
  errors: FieldErrors;
  onChange: (p: Partial<DraftPiece>) => void;
  onCreateCharacter: (label: string, aspect: CharacterAspect) => Promise<Character>;
}) {
  const { piece, index, errors } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const linked = props.characters.find((c) => c.id === piece.characterId) ?? null;
  const isCharacterKind = piece.kind === "character";
  const label = (piece.character ?? "").trim().toLowerCase();
  const sameLabel = label ? props.characters.find((c) => c.label === label) : undefined;

  const link = (c: Character | null) =>
    props.onChange(
      c
        ? {
            characterId: c.id,
            character: c.label,
            aspect: isCharacterKind ? (piece.aspect ?? c.aspect) : null,
          }
        : { characterId: null },
    );

  const create = async () => {
    setProblem(null);
    try {
      link(await props.onCreateCharacter(label, piece.aspect ?? "other"));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : "The character could not be created.");
    }
  };

  return (
    <div className="piece-character">
      <Field
        label={isCharacterKind ? "Character" : "Who speaks, or is spoken to"}
        path={`pieces.${index}.characterId`}
        error={errorAt(errors, "characterId")}
      >
        {(a) => (
          <select
            {...a}
            value={piece.characterId ?? ""}
            onChange={(e) => link(props.characters.find((c) => c.id === e.target.value) ?? null)}
          >
            <option value="">{props.characters.length ? "— not linked —" : "— no characters yet —"}</option>
            {props.characters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({c.aspect})
              </option>
            ))}
          </select>
        )}
      </Field>
      {!linked && (
        <Field
          label="Label"
          path={`pieces.${index}.character`}
          error={errorAt(errors, "character")}
          hint="As the client names the figure, e.g. “little girl”."
        >
          {(a) => (
            <input
              {...a}
              value={piece.character ?? ""}
              onChange={(e) => props.onChange({ character: e.target.value || null })}
            />
          )}
        </Field>
      )}
      {isCharacterKind && (
        <Field label="Aspect" path={`pieces.${index}.aspect`} error={errorAt(errors, "aspect")}>
          {(a) => (
            <select
              {...a}
              value={piece.aspect ?? ""}
              onChange={(e) => props.onChange({ aspect: (e.target.value || null) as CharacterAspect | null })}
            >
              <option value="">—</option>
              {ASPECTS.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {!linked && label && (
        <div className="piece-character__create">
          {sameLabel ? (
            <button type="button" className="button--secondary button--small" onClick={() => link(sameLabel)}>
              Link to “{sameLabel.label}”
            </button>
          ) : (
            <button type="button" className="button--secondary button--small" onClick={() => void create()}>
              Add “{label}” to the client’s characters
            </button>
          )}
          {problem && <p className="field-error">{problem}</p>}
        </div>
      )}
    </div>
  );
}
