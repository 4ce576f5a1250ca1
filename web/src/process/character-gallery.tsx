import { useState } from "react";
import type { ProcessView } from "../../../src/domain";
import { formatDate } from "../vocabulary-labels";
import { CharacterForm } from "./character-form";

export function CharacterGallery({
  characters,
  onChanged,
}: {
  characters: ProcessView["characters"];
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (characters.length === 0) return <p className="muted">No characters have appeared yet.</p>;
  return (
    <ul className="gallery" aria-label="Characters">
      {characters.map((c) => (
        <li key={c.id} className="gallery__card" data-character={c.label}>
          {editing === c.id ? (
            <CharacterForm
              character={c}
              onDone={(changed) => {
                setEditing(null);
                if (changed) onChanged();
              }}
            />
          ) : (
            <>
              <div className="gallery__head">
                <span className="gallery__label">{c.label}</span>
                <span className="tag">{c.aspect}</span>
                <button
                  type="button"
                  className="button--quiet button--small gallery__edit"
                  aria-label={`Edit ${c.label}`}
                  onClick={() => setEditing(c.id)}
                >
                  Edit
                </button>
              </div>
              {c.description && <p className="gallery__description">{c.description}</p>}
              <dl className="facts facts--compact">
                <dt>First</dt>
                <dd>{formatDate(c.firstAppearance)}</dd>
                <dt>Last</dt>
                <dd>{formatDate(c.lastAppearance)}</dd>
                <dt>Sessions</dt>
                <dd>{c.appearances}</dd>
              </dl>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
