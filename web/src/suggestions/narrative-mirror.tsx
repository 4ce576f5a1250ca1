// The narrative read back with spans (open suggestions, or recorded pieces) highlighted by kind.
import type { PieceKind } from "../../../src/domain";
import { KIND_STYLE } from "../process/kind-style";

/** Anything with a kind and a span: an open suggestion, or a recorded piece. */
export interface Highlight {
  key: string;
  kind: PieceKind;
  start: number;
  end: number;
  /** A recorded piece is underlined; an open suggestion is also tinted and can be picked. */
  recorded?: boolean;
}

interface Segment {
  start: number;
  end: number;
  covering: Highlight[];
}

export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of highlights) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, covering: highlights.filter((s) => s.start <= start && s.end >= end) });
  }
  return segments;
}

export function NarrativeMirror(props: {
  text: string;
  highlights: readonly Highlight[];
  onPick?: (key: string) => void;
  label: string;
}) {
  const segments = segmentText(props.text, props.highlights);
  return (
    <div className="mirror" aria-label={props.label}>
      {segments.map((seg) => {
        const part = props.text.slice(seg.start, seg.end);
        if (seg.covering.length === 0) return <span key={seg.start}>{part}</span>;
        const open = seg.covering.filter((h) => !h.recorded);
        const first = open[0] ?? seg.covering[0]!;
        const style = KIND_STYLE[first.kind];
        const pick = open[0] && props.onPick ? () => props.onPick?.(open[0]!.key) : undefined;
        return (
          <mark
            key={seg.start}
            className={`mirror__mark${open.length === 0 ? " mirror__mark--piece" : ""}${open.length > 1 ? " mirror__mark--several" : ""}`}
            style={{ background: `${style.colour}33`, borderBottomColor: style.colour }}
            title={seg.covering
              .map((s) => `${KIND_STYLE[s.kind].label}${s.recorded ? " (piece)" : ""}`)
              .join(", ")}
            data-kinds={seg.covering.map((s) => s.kind).join(" ")}
            onClick={pick}
          >
            {part}
          </mark>
        );
      })}
    </div>
  );
}
