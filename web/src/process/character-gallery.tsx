import type { ProcessView } from "../../../src/domain";
import { formatDate } from "../vocabulary-labels";

export function CharacterGallery({ characters }: { characters: ProcessView["characters"] }) {
  if (characters.length === 0) return <p className="muted">No characters have appeared yet.</p>;
  return (
    <ul className="gallery" aria-label="Characters">
      {characters.map((c) => (
        <li key={c.id} className="gallery__card" data-character={c.label}>
          <div className="gallery__head">
            <span className="gallery__label">{c.label}</span>
            <span className="tag">{c.aspect}</span>
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
        </li>
      ))}
    </ul>
  );
}
