// The coloured dot that stands for a piece's kind beside its words (decorative: the kind is
// always written out next to it).
import type { PieceKind } from "../../../src/domain/vocabulary";
import { KIND_STYLE } from "./kind-style";

export function KindDot({ kind }: { kind: PieceKind }) {
  return <span className="kind-dot" style={{ background: KIND_STYLE[kind].colour }} aria-hidden="true" />;
}
