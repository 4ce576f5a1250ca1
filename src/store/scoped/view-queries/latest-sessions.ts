// The latest sessions that together hold at least `wanted` of something (a thread's pieces, a
// character's messages), from per-session counts already read: the card's latest items are then
// read from those few sessions only, not sorted out of every one the process holds.
export function latestSessionsHolding(
  counts: ReadonlyArray<{ sessionId: string; count: number }>,
  place: ReadonlyMap<string, number>,
  wanted: number,
): string[] {
  const byRecency = counts
    .filter((c) => c.count > 0 && place.has(c.sessionId))
    .sort((a, b) => place.get(b.sessionId)! - place.get(a.sessionId)!);
  const out: string[] = [];
  let held = 0;
  for (const c of byRecency) {
    if (held >= wanted) break;
    out.push(c.sessionId);
    held += c.count;
  }
  return out;
}
