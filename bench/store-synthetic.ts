// A synthetic practice for store benchmarks: deterministic (seeded), plausible-looking text and
// pieces of every kind, sized by clients × sessions × pieces.
import type { PieceInput, SessionInput } from "../src/domain";
import { BODY_REGIONS, COLOURS, EMOTIONS, PIECE_KINDS } from "../src/domain";

/** mulberry32: a tiny seeded generator, so every run inserts the same practice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "warmth pulse softening breath jaw throat held release sigh tingling heaviness stillness light " +
  "memory mother father child school river garden winter kitchen door window voice tears shoulder " +
  "sacrum occiput diaphragm spiral unwinding trembling colour blue gold quiet safe afraid angry tender"
).split(" ");

export function syntheticSession(
  random: () => number,
  index: number,
  piecesPerSession: number,
): SessionInput {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const day = new Date(Date.UTC(2023, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10);
  const pieces: PieceInput[] = Array.from({ length: piecesPerSession }, () => ({
    kind: pick(PIECE_KINDS),
    text: sentence(8),
    regions: [pick(BODY_REGIONS)],
    colours: [pick(COLOURS)],
    emotions: [pick(EMOTIONS)],
    age: Math.floor(random() * 40),
  }));
  return {
    date: day,
    durationMinutes: 60,
    checkIn: sentence(20),
    techniques: [{ technique: "CV4", regions: ["occiput"] }],
    narrative: Array.from({ length: 6 }, () => sentence(15)).join(". "),
    pieces,
    insights: sentence(12),
    integration: sentence(10),
  };
}
