// Keeps a piece's span pointing at its text while the narrative around it is edited.

/**
 * Where a span quoted from an earlier version of the narrative sits now: the same place if the
 * text there is unchanged, else the nearest occurrence of the quoted text, else nowhere.
 */
export function relocateSpan(
  narrative: string,
  text: string,
  start: number,
): { start: number; end: number } | null {
  if (!text) return null;
  if (narrative.slice(start, start + text.length) === text) return { start, end: start + text.length };
  let best: number | null = null;
  for (let i = narrative.indexOf(text); i !== -1; i = narrative.indexOf(text, i + 1)) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === null ? null : { start: best, end: best + text.length };
}

/** A piece's span after the narrative changed: unchanged, moved to its text, or dropped. */
export function reanchor<T extends { text: string; start: number | null; end: number | null }>(
  piece: T,
  narrative: string,
): T {
  if (piece.start === null || piece.end === null) return piece;
  if (narrative.slice(piece.start, piece.end) === piece.text) return piece;
  const span = relocateSpan(narrative, piece.text, piece.start);
  return { ...piece, start: span?.start ?? null, end: span?.end ?? null };
}
