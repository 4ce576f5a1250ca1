// An opened piece: its words, its details and the sentence of the narrative it came from, with a
// link to its session. The session is fetched only when a piece is opened.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { PieceTile } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { KIND_STYLE } from "../process/kind-style";
import { pieceDetails } from "../process/piece-tile";
import { hrefFor } from "../routing";
import { formatDate } from "../vocabulary-labels";
import { sentenceAround } from "./sentence-around";

export function PieceDetail({
  tile,
  session,
  onClose,
}: {
  tile: PieceTile;
  session: { id: string; number: number; date: string };
  onClose: () => void;
}) {
  const full = useQuery({
    queryKey: ["session", session.id],
    queryFn: ({ signal }) => api.getSession(session.id, signal),
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [tile.id]);
  const piece = full.data?.pieces.find((p) => p.id === tile.id);
  const sentence =
    full.data && piece && piece.start !== null && piece.end !== null
      ? sentenceAround(full.data.narrative, piece.start, piece.end)
      : null;
  const style = KIND_STYLE[tile.kind];
  const details = pieceDetails({
    ...tile,
    temperature: piece?.temperature ?? null,
    movement: piece?.movement ?? null,
  });
  return (
    <section className="piece-detail card" aria-labelledby="piece-detail-title">
      <div className="section-head">
        <h2 id="piece-detail-title" tabIndex={-1} ref={heading}>
          <span className="kind-dot" style={{ background: style.colour }} aria-hidden="true" /> {style.label}
        </h2>
        <button type="button" className="button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="piece-detail__words">“{piece?.text ?? tile.words}”</p>
      {details.length > 0 && <p className="muted small">{details.join(" · ")}</p>}
      {sentence && (
        <blockquote className="piece-detail__sentence" aria-label="In the narrative">
          {sentence.before}
          <mark>{sentence.piece}</mark>
          {sentence.after}
        </blockquote>
      )}
      <p>
        <a href={hrefFor.sessionPiece(session.id, tile.id)}>
          Session {session.number}, {formatDate(session.date)}
        </a>
      </p>
    </section>
  );
}
