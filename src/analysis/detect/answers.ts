// A practitioner's question about a sense, answered yes ("I asked if she could taste anything. She
// said yes, metal."): the answer is the piece the question asked about (spec: "A question or
// suggestion by the therapist that the client did not confirm" is not a piece; a confirmed one is).
import type { Clause, DraftPiece, TextModel } from "../model";
import type { Cue } from "../lexicon/cues";

const ASKED_KIND: Partial<Record<Cue["type"], DraftPiece["kind"]>> = {
  taste: "taste",
  smell: "smell",
  sound: "sound",
  see: "visual",
  image: "visual",
  temperature: "temperature",
};

export function detectAnswers(model: TextModel, found: readonly DraftPiece[]): DraftPiece[] {
  const { tokens, clauses } = model;
  const out: DraftPiece[] = [];
  const kindAt = new Map<number, DraftPiece["kind"]>();
  for (const hit of model.cues) {
    const kind = ASKED_KIND[hit.cue.type];
    if (kind && !kindAt.has(hit.first)) kindAt.set(hit.first, kind);
  }
  for (let i = 0; i < clauses.length; i++) {
    const q = clauses[i]!;
    if (q.role !== "prompt") continue;
    let asked: DraftPiece["kind"] | undefined;
    // The question may run on over the next clause ("I asked | whether she could taste anything").
    const qLast = clauses[i + 1]?.role === "prompt" ? clauses[i + 1]!.last : q.last;
    for (let k = q.first; k < qLast && !asked; k++) asked = kindAt.get(k);
    if (!asked) continue;
    const answer = inlineYes(model, q.first, qLast, q.sentence) ?? yesAnswer(model, clauses, i, qLast);
    if (!answer) continue;
    // The answer already gave a piece of that kind ("she said yes, a soft green").
    if (found.some((d) => d.kind === asked && d.first < answer.last && d.last > answer.first)) continue;
    const yes = answer.yes;
    // "yes" alone confirms without content; the piece needs what was sensed.
    let content = false;
    for (let k = yes + 1; k < answer.last; k++)
      if (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PROPN") content = true;
    if (!content) continue;
    out.push({
      kind: asked,
      sentence: answer.sentence,
      first: answer.first,
      last: answer.last,
      regions: [],
      laterality: null,
      ...(asked === "visual" ? { colours: [] } : {}),
    });
  }
  return out;
}

/** The clause within the next sentence that says yes: "She said yes, metal.", "'Yes, vinegar.'" */
function yesAnswer(
  model: TextModel,
  clauses: readonly Clause[],
  from: number,
  qLast: number,
): { first: number; last: number; sentence: number; yes: number } | null {
  const { tokens } = model;
  const qSentence = clauses[from]!.sentence;
  for (let j = from + 1; j < clauses.length && j <= from + 4; j++) {
    const c = clauses[j]!;
    if (c.first < qLast) continue;
    if (c.sentence > qSentence + 1) return null;
    for (let k = c.first; k < c.last; k++) {
      const t = tokens[k]!;
      if (t.norm === "yes" || t.norm === "yeah" || t.norm === "yep") {
        // The content may sit in the next clause of the answer ("yes, | a bitter taste").
        const next = clauses[j + 1];
        const last = next && next.sentence === c.sentence && next.first === c.last ? next.last : c.last;
        return { first: c.first, last, sentence: c.sentence, yes: k };
      }
      if (t.norm === "no" || t.norm === "nothing") return null;
    }
  }
  return null;
}

/** Note shorthand: "Asked about smell: 'yes, wet leaves'." */
function inlineYes(
  model: TextModel,
  first: number,
  last: number,
  sentence: number,
): { first: number; last: number; sentence: number; yes: number } | null {
  const { tokens } = model;
  for (let k = first + 1; k < last; k++) {
    if (!/^(yes|yeah|yep)$/.test(tokens[k]!.norm)) continue;
    const prev = tokens[k - 1]!;
    const prev2 = tokens[k - 2];
    if (prev.norm === ":" || (prev.quote && prev2?.norm === ":")) return { first: k, last, sentence, yes: k };
  }
  return null;
}
