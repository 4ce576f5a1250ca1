// Clauses holding a cue of a kind that no rule drafted: candidates the learnt scorer may accept
// where the hand-written gates said no. Each candidate spans its clause and takes the clause's
// features (places, colours, emotions, ages) and its cue's values.
import type { PieceKind } from "../../domain";
import type { Cue } from "../lexicon/cues";
import type { Clause, CueHit, DraftPiece, TextModel } from "../model";
import { lateralityOf } from "../detect/clause-view";

const KIND_OF_CUE: Record<Cue["type"], PieceKind> = {
  temperature: "temperature",
  movement: "movement",
  release: "release",
  sensation: "body_sensation",
  sound: "sound",
  taste: "taste",
  smell: "smell",
  light: "visual",
  see: "visual",
  image: "visual",
  dream: "visual",
  memory: "memory",
  insight: "insight",
  organ: "inner_process",
  process: "inner_process",
};

export function cueCandidates(model: TextModel, drafts: readonly DraftPiece[]): DraftPiece[] {
  const out: DraftPiece[] = [];
  const taken = (kind: PieceKind, c: Clause) =>
    drafts.some((d) => d.kind === kind && d.first < c.last && d.last > c.first) ||
    out.some((d) => d.kind === kind && d.first === c.first);
  const byClause = new Map<number, CueHit[]>();
  for (const hit of model.cues) {
    if (model.masked[hit.first]) continue;
    const ci = model.clauseAt[hit.first] ?? -1;
    if (ci < 0) continue;
    const list = byClause.get(ci) ?? [];
    list.push(hit);
    byClause.set(ci, list);
  }
  for (const c of model.clauses) {
    for (const hit of byClause.get(c.index) ?? []) {
      const kind = KIND_OF_CUE[hit.cue.type];
      if (taken(kind, c)) continue;
      out.push(fromClause(kind, c, hit.cue));
    }
    if (c.emotions.length > 0 && !taken("emotion", c)) out.push(fromClause("emotion", c, null));
  }
  return out;
}

function fromClause(kind: PieceKind, c: Clause, cue: Cue | null): DraftPiece {
  const d: DraftPiece = {
    kind,
    sentence: c.sentence,
    first: c.first,
    last: c.last,
    regions: [...new Set(c.regions.map((r) => r.region))],
    laterality: lateralityOf(c.regions),
  };
  if (kind === "emotion") d.emotions = [...new Set(c.emotions.map((e) => e.emotion))];
  if (kind === "visual") d.colours = [...new Set(c.colours.map((x) => x.colour))];
  if (kind === "temperature" && cue?.type === "temperature") d.temperature = cue.temperature;
  if (kind === "movement" && cue?.type === "movement") d.movement = cue.movement;
  if (kind === "memory") {
    const l = c.lifeTimes[0];
    d.age = l?.age ?? null;
    d.period = l?.period ?? null;
  }
  return d;
}
