// A piece as a tile that shows its words in its kind's colour. A real button, so it is reached by
// Tab or arrow keys and opened with Enter; dimmed tiles stay legible (no opacity).
import type { KeyboardEvent } from "react";
import type { PieceTile } from "../../../src/domain";
import { KIND_STYLE } from "../process/kind-style";

export type TileState = "normal" | "highlighted" | "dimmed";

export function PieceTileButton({
  tile,
  state = "normal",
  selected,
  compact = false,
  tabbable = true,
  onOpen,
  onKeyDown,
}: {
  tile: PieceTile;
  state?: TileState;
  /** Undefined outside choosing: the tile is then a plain button, not a toggle. */
  selected?: boolean;
  compact?: boolean;
  tabbable?: boolean;
  onOpen: (tile: PieceTile) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const style = KIND_STYLE[tile.kind];
  const colours =
    state === "dimmed"
      ? { background: "#efede9", color: "#4d565c", borderLeftColor: style.colour }
      : { background: style.colour, color: style.ink, borderLeftColor: style.colour };
  return (
    <button
      type="button"
      className={`mtile mtile--${state}${compact ? " mtile--compact" : ""}${selected ? " mtile--selected" : ""}`}
      data-kind={tile.kind}
      data-piece-id={tile.id}
      data-state={state}
      style={colours}
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      title={`${style.label}: ${tile.words}`}
      onClick={() => onOpen(tile)}
      onKeyDown={onKeyDown}
    >
      {/* The name is read from the content: the kind (hidden on screen), then the words. */}
      <span className="visually-hidden">{style.label}: </span>
      {compact ? (
        <>
          <span aria-hidden="true">{style.mark}</span>
          <span className="visually-hidden">{tile.words}</span>
        </>
      ) : (
        tile.words
      )}
    </button>
  );
}
