// The sizes of a synthetic practice. M is ten years of a clinic: 20 practitioners, 2,000 clients,
// 60,000 sessions, about 1,000,000 pieces. S is a twentieth of it, L five times it. Beside the
// clinic every scale adds the same fixed clients the benchmarks look at: three long clients with
// 30, 300 and 3,000 sessions, and a solo practitioner's practice of 150 clients.
export type Scale = "S" | "M" | "L";

export interface PracticeSize {
  practitioners: number;
  clients: number;
  sessions: number;
  /** Mean pieces per session (M: 1,000,000 / 60,000). */
  piecesPerSession: number;
}

export const SCALES: Record<Scale, PracticeSize> = {
  S: { practitioners: 4, clients: 100, sessions: 3_000, piecesPerSession: 16.7 },
  M: { practitioners: 20, clients: 2_000, sessions: 60_000, piecesPerSession: 16.7 },
  L: { practitioners: 100, clients: 10_000, sessions: 300_000, piecesPerSession: 16.7 },
};

/** Sessions of the long clients whose views are measured (first screen at 30, 300 and 3,000). */
export const LONG_CLIENT_SESSIONS = [30, 300, 3_000] as const;
/** Pieces per session of the long clients and of the session save benchmark. */
export const LONG_CLIENT_PIECES = 17;
export const SOLO_CLIENTS = 150;
export const SOLO_SESSIONS_PER_CLIENT = 4;

/** A fraction of a scale ("a middle size": M × 0.25), for machines where M takes too long. */
export function sizeOf(scale: Scale, fraction = 1): PracticeSize {
  const base = SCALES[scale];
  return {
    practitioners: Math.max(1, Math.round(base.practitioners * fraction)),
    clients: Math.max(1, Math.round(base.clients * fraction)),
    sessions: Math.max(1, Math.round(base.sessions * fraction)),
    piecesPerSession: base.piecesPerSession,
  };
}
