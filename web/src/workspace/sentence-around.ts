// The sentence of a narrative that holds a span, split around it, so an opened piece can be read
// in its context with the piece marked.
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; piece: string; after: string } {
  const boundary = /[.!?]["”’)]?\s/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(boundary)) from = m.index + m[0].length;
  boundary.lastIndex = end;
  const next = boundary.exec(text);
  const to = next ? next.index + next[0].trimEnd().length : text.length;
  return {
    before: text.slice(from, start),
    piece: text.slice(start, end),
    after: text.slice(end, Math.max(end, to)),
  };
}
