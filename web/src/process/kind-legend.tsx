import { PIECE_KINDS, type PieceKind } from "../../../src/domain";
import { KIND_STYLE } from "./kind-style";

export function KindLegend({ counts }: { counts?: Partial<Record<PieceKind, number>> }) {
  return (
    <ul className="legend" aria-label="Kinds of piece">
      {PIECE_KINDS.map((kind) => {
        const s = KIND_STYLE[kind];
        const n = counts?.[kind] ?? 0;
        return (
          <li
            key={kind}
            className={counts && n === 0 ? "legend__item legend__item--none" : "legend__item"}
            data-kind={kind}
          >
            <span
              className="tile tile--small"
              style={{ background: s.colour, color: s.ink }}
              aria-hidden="true"
            >
              {s.mark}
            </span>
            <span>{s.label}</span>
            {counts && <span className="legend__count">{n}</span>}
          </li>
        );
      })}
    </ul>
  );
}
