// One piece as a coloured tile; hovering or focusing it shows what arose.
import type { Piece } from "../../../src/domain";
import { KIND_STYLE } from "./kind-style";
import { regionLabel, PERIOD_LABEL } from "../vocabulary-labels";

export function pieceDetails(
  piece: Pick<
    Piece,
    | "kind"
    | "regions"
    | "laterality"
    | "age"
    | "period"
    | "colours"
    | "temperature"
    | "movement"
    | "emotions"
    | "character"
    | "aspect"
  >,
): string[] {
  const out: string[] = [];
  if (piece.regions.length)
    out.push([piece.laterality, piece.regions.map(regionLabel).join(", ")].filter(Boolean).join(" "));
  else if (piece.laterality) out.push(piece.laterality);
  if (piece.age !== null) out.push(`age ${piece.age}`);
  if (piece.period) out.push(PERIOD_LABEL[piece.period]);
  if (piece.colours.length) out.push(piece.colours.join(", "));
  if (piece.temperature) out.push(piece.temperature);
  if (piece.movement) out.push(piece.movement);
  if (piece.emotions.length) out.push(piece.emotions.join(", "));
  if (piece.character) out.push(piece.aspect ? `${piece.character} (${piece.aspect})` : piece.character);
  return out;
}

export function PieceTile({ piece }: { piece: Piece }) {
  const style = KIND_STYLE[piece.kind];
  const details = pieceDetails(piece);
  return (
    <span
      className="tile"
      tabIndex={0}
      role="img"
      data-kind={piece.kind}
      style={{ background: style.colour, color: style.ink }}
      aria-label={`${style.label}: ${piece.text}`}
    >
      <span aria-hidden="true">{style.mark}</span>
      <span className="tile__tip" role="tooltip">
        <strong>{style.label}</strong>
        <span className="tile__text">“{piece.text}”</span>
        {details.length > 0 && <span className="tile__details">{details.join(" · ")}</span>}
      </span>
    </span>
  );
}
