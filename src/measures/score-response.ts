// The one scoring engine: interprets any instrument definition. No instrument-specific code here.
import type { InstrumentDefinition } from "./definition-schema";
import type { RaisedFlag, ScoreResult } from "./score-result";
import { requireInstrument } from "./registry";
import { invalid, type FieldProblem } from "../domain";

export type Answers = readonly (number | null)[];

/** Score one response: answers in item order, null for an unanswered item. */
export function scoreResponse(instrumentId: string, answers: Answers): ScoreResult {
  return scoreWithDefinition(requireInstrument(instrumentId), answers);
}

/** The engine itself, for a definition already in hand (and for testing rules on test definitions). */
export function scoreWithDefinition(def: InstrumentDefinition, answers: Answers): ScoreResult {
  checkAnswers(def, answers);
  const itemScores = answers.map((a, i) => (a === null ? null : itemScore(def, i + 1, a)));
  const missingItems = numbersWhere(answers, (a) => a === null);
  const optional = new Set(def.missingItems.optionalItems);
  const requiredMissing = missingItems.filter((k) => !optional.has(k));
  const complete = requiredMissing.length === 0;
  const prorate = def.missingItems.prorate;
  const scorable = complete || (prorate !== null && requiredMissing.length <= prorate.maxMissing);

  const answered = itemScores.filter((s): s is number => s !== null);
  let rawTotal: number | null = null;
  if (scorable && answered.length > 0) {
    const sum = answered.reduce((a, b) => a + b, 0);
    rawTotal =
      def.scoring.method === "mean"
        ? round(sum / answered.length, def.scoring.decimals)
        : // A prorated sum scales the answered items up to the full item count.
          Math.round((sum * def.items.length) / answered.length);
  }
  const total = rawTotal === null ? null : round(rawTotal * def.scoring.multiplier, def.scoring.decimals);
  const bandValue = def.bandBasis === "raw" ? rawTotal : total;
  const band =
    bandValue === null
      ? null
      : (def.bands.find((b) => bandValue >= b.min && bandValue <= b.max)?.label ?? null);

  const subscales: Record<string, number | null> = {};
  for (const s of def.subscales) {
    const scores = s.items.map((k) => itemScores[k - 1] ?? null);
    subscales[s.id] = scores.includes(null) ? null : (scores as number[]).reduce((a, b) => a + b, 0);
  }

  const cutPoints: Record<string, boolean | null> = {};
  const cutPointRanges: Record<string, boolean | null> = {};
  for (const c of def.cutPoints) {
    cutPoints[c.id] = total === null ? null : total >= c.atLeast;
    if (c.range) cutPointRanges[c.id] = total === null ? null : total >= c.range.min && total <= c.range.max;
  }
  const raisedFlags = raiseFlags(def, answers, complete ? rawTotal : null);

  return {
    instrument: def.id,
    version: def.version,
    complete,
    missingItems,
    prorated: scorable && !complete,
    rawTotal,
    total,
    band,
    subscales,
    cutPoints,
    cutPointRanges,
    diagnosticRule: complete ? applyDiagnosticRule(def, answers) : null,
    flags: raisedFlags.map((f) => f.id),
    raisedFlags,
    itemScores,
  };
}

/**
 * Flags on single answers are raised even when other items are missing; a flag on the raw result
 * needs a complete response (`completeRaw` null otherwise).
 */
function raiseFlags(def: InstrumentDefinition, answers: Answers, completeRaw: number | null): RaisedFlag[] {
  const raised: RaisedFlag[] = [];
  for (const f of def.flags) {
    const answer = f.item === null ? null : (answers[f.item - 1] ?? null);
    let hit: boolean;
    switch (f.kind) {
      case "answer-at-least":
        hit = answer !== null && answer >= f.minimum!;
        break;
      case "unanswered":
        hit = answer === null;
        break;
      case "any-answer-at-most":
        hit = answers.some((a) => a !== null && a <= f.maximum!);
        break;
      case "raw-at-most":
        hit = completeRaw !== null && completeRaw <= f.maximum!;
        break;
    }
    if (!hit) continue;
    const grade = f.grades.find((g) => g.answer === (f.kind === "answer-at-least" ? answer : null))!;
    raised.push({
      id: f.id,
      urgency: grade.urgency,
      item: f.item,
      answer,
      meaning: f.meaning,
      followUp: grade.followUp,
    });
  }
  return raised;
}

function applyDiagnosticRule(def: InstrumentDefinition, answers: Answers): ScoreResult["diagnosticRule"] {
  const rule = def.diagnosticRule;
  if (!rule) return null;
  const endorsed: Record<string, number> = {};
  let met = true;
  for (const [subscaleId, minimum] of Object.entries(rule.minimumPerSubscale)) {
    const subscale = def.subscales.find((s) => s.id === subscaleId)!;
    const count = subscale.items.filter((k) => (answers[k - 1] ?? -1) >= rule.itemAtLeast).length;
    endorsed[subscaleId] = count;
    if (count < minimum) met = false;
  }
  return { id: rule.id, met, endorsed };
}

function itemScore(def: InstrumentDefinition, itemNumber: number, value: number): number {
  const score = def.options[value]!.score;
  if (!def.reverseScoredItems.includes(itemNumber)) return score;
  const scores = def.options.map((o) => o.score);
  return Math.min(...scores) + Math.max(...scores) - score;
}

function checkAnswers(def: InstrumentDefinition, answers: Answers): void {
  const n = def.items.length;
  if (!Array.isArray(answers) || answers.length !== n) {
    const got = Array.isArray(answers) ? `${answers.length} answers` : "no list of answers";
    const message = `${def.shortTitle} has ${n} items; got ${got}`;
    throw invalid(message, [{ path: "answers", message }]);
  }
  const maxValue = def.options.length - 1;
  const problems: FieldProblem[] = [];
  answers.forEach((a, i) => {
    if (a === null) return;
    if (typeof a !== "number" || !Number.isInteger(a) || a < 0 || a > maxValue) {
      problems.push({
        path: `answers.${i}`,
        message: `item ${i + 1}: ${JSON.stringify(a)} is not an allowed answer (whole number 0–${maxValue}, or empty)`,
      });
    }
  });
  if (problems.length > 0) {
    throw invalid(`${def.shortTitle} ${problems.map((p) => p.message).join("; ")}`, problems);
  }
}

function numbersWhere(answers: Answers, test: (a: number | null) => boolean): number[] {
  const out: number[] = [];
  answers.forEach((a, i) => {
    if (test(a)) out.push(i + 1);
  });
  return out;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
