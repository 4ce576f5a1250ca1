// The shape of an instrument definition. Every instrument is data of this shape, interpreted by
// one scoring engine (score-response.ts); the test suite validates every definition against it.
import { z } from "zod";

/** Where a rule comes from: a citation a reviewer can follow, and whether it was confirmed. */
const Sourced = {
  source: z.string().min(10),
};

const ItemNumber = z.number().int().min(1);

export const InstrumentItem = z.object({
  number: ItemNumber,
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Wording only where the licence allows reproducing it; otherwise null (see `itemTextSource`). */
  text: z.string().min(1).nullable(),
  /** LOINC item code, only where verified; null otherwise. */
  loinc: z
    .string()
    .regex(/^\d+-\d$/)
    .nullable(),
});
export type InstrumentItem = z.infer<typeof InstrumentItem>;

export const ResponseOption = z.object({
  /** The number entered for this answer (what `answers[i]` holds). */
  value: z.number().int().min(0),
  /** The score this answer contributes before any reverse scoring. */
  score: z.number().int().min(0),
  /** Printed anchor; null where the form labels only the ends of the scale. */
  label: z.string().min(1).nullable(),
  /** LOINC answer code, only where verified. */
  loinc: z
    .string()
    .regex(/^LA\d+-\d$/)
    .nullable(),
});

export const Band = z.object({
  min: z.number(),
  max: z.number(),
  /** Published name, lower case. */
  label: z.string().regex(/^[a-z][a-z -]*$/),
});
export type Band = z.infer<typeof Band>;

export const Subscale = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  title: z.string().min(1),
  items: z.array(ItemNumber).min(1),
});

/** How soon a raised flag should be followed up, lowest first (URGENCY_ORDER). */
export const Urgency = z.enum(["routine", "raised", "high", "highest"]);
export type Urgency = z.infer<typeof Urgency>;
export const URGENCY_ORDER: readonly Urgency[] = Urgency.options;

/** The urgency and follow-up text of a flag for one answer (or for the whole rule: answer null). */
export const FlagGrade = z.object({
  /** The item answer this grade applies to; null for rules that do not read one answer. */
  answer: z.number().int().min(0).nullable(),
  urgency: Urgency,
  /** What the practitioner should do, in plain words (shown with the flag). */
  followUp: z.string().min(1),
});
export type FlagGrade = z.infer<typeof FlagGrade>;

export const Flag = z.object({
  /** Flag id as it appears in a score result, e.g. "phq9-item9". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * answer-at-least: `item` answered `minimum` or more, whatever the other answers.
   * unanswered: `item` left blank. any-answer-at-most: some item answered `maximum` or less.
   * raw-at-most: complete response whose raw result is `maximum` or less.
   */
  kind: z.enum(["answer-at-least", "unanswered", "any-answer-at-most", "raw-at-most"]),
  /** The item read (answer-at-least, unanswered); null for rules over all items or the total. */
  item: ItemNumber.nullable(),
  /** answer-at-least only; null otherwise. */
  minimum: z.number().int().min(1).nullable(),
  /** any-answer-at-most (an answer value) and raw-at-most (a raw result); null otherwise. */
  maximum: z.number().min(0).nullable(),
  meaning: z.string().min(1),
  /** answer-at-least: one grade per answer from `minimum` to the highest; otherwise one, answer null. */
  grades: z.array(FlagGrade).min(1),
  ...Sourced,
});
export type Flag = z.infer<typeof Flag>;

export const CutPoint = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Met when the total is at least this value. */
  atLeast: z.number(),
  /** The published cut-off range when the source gives a range (PCL-5: 31–33); null otherwise. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
  ...Sourced,
});

export const DiagnosticRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** An item counts as an endorsed symptom when rated at least this. */
  itemAtLeast: z.number().int().min(1),
  /** Minimum number of endorsed items per subscale id. */
  minimumPerSubscale: z.record(z.string(), z.number().int().min(1)),
  ...Sourced,
});

export const ScoringRule = z.object({
  /** Sum of item scores, or their mean. */
  method: z.enum(["sum", "mean"]),
  /** The total is the raw result times this (WHO-5: raw 0–25 × 4 = 0–100). */
  multiplier: z.number().positive(),
  /** Decimal places kept in the total (means are rounded, sums are whole). */
  decimals: z.number().int().min(0).max(4),
  ...Sourced,
});

export const MissingItemRule = z.object({
  /** Items a respondent may leave out by design (the optional second symptom). */
  optionalItems: z.array(ItemNumber),
  /**
   * Prorating, where the publisher allows it: up to `maxMissing` required items may be missing,
   * and a sum is scaled up by (items / answered), rounded to a whole number. Null means any
   * missing required item makes the response incomplete, with no total.
   */
  prorate: z.object({ maxMissing: z.number().int().min(1) }).nullable(),
  ...Sourced,
});

export const ReliableChange = z.object({
  /** A change of at least (or, with ">", more than) this many points on the total is reliable. */
  threshold: z.number().positive(),
  comparison: z.enum([">=", ">"]),
  /** Whether the figure was confirmed in a retrieved source (false: [U] in the reference). */
  verified: z.boolean(),
  ...Sourced,
});

/** A second, larger change figure with its own published name (PCL-5 "clinically meaningful"). */
export const MeaningfulChange = z.object({
  threshold: z.number().positive(),
  comparison: z.enum([">=", ">"]),
  /** The name the source gives a change of this size, lower case. */
  label: z.enum(["clinically meaningful", "clinically significant"]),
  verified: z.boolean(),
  ...Sourced,
});

/**
 * Clinically significant change after Jacobson & Truax (1991): a reliable improvement that ends
 * outside the clinical range is "recovered". Given only where a published cut-off between the
 * clinical and non-clinical range exists for the total.
 */
export const ClinicalSignificanceRule = z.object({
  /** A total in the clinical range ("caseness") is at least / at most this value. */
  clinicalRange: z.enum(["at-least", "at-most"]),
  cutOff: z.number(),
  ...Sourced,
});

export const InstrumentDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Bumped whenever anything that changes a score's meaning changes; stored with responses. */
    version: z.string().regex(/^\d+(\.\d+)*$/),
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    measures: z.string().min(1),
    recallPeriod: z.object({ text: z.string().min(1), days: z.number().int().positive() }),
    /** WHO-5 and similar: a higher total is better. Decides the direction of a change. */
    higherIsBetter: z.boolean(),
    items: z.array(InstrumentItem).min(1),
    /** Where the licensed form (with its wording) comes from when item texts are null. */
    itemTextSource: z.string().min(1),
    options: z.array(ResponseOption).min(2),
    /** 1-based item numbers whose score is mirrored (min + max − score). */
    reverseScoredItems: z.array(ItemNumber),
    reverseScoringSource: z.string().min(1),
    scoring: ScoringRule,
    /** Bands are on the raw result (before the multiplier) or on the total. */
    bandBasis: z.enum(["raw", "total"]),
    /** Published bands, ascending, not overlapping; may leave ranges without a band. */
    bands: z.array(Band),
    bandsSource: z.string().min(1),
    subscales: z.array(Subscale),
    cutPoints: z.array(CutPoint),
    diagnosticRule: DiagnosticRule.nullable(),
    flags: z.array(Flag),
    missingItems: MissingItemRule,
    reliableChange: ReliableChange.nullable(),
    meaningfulChange: MeaningfulChange.nullable(),
    clinicalSignificance: ClinicalSignificanceRule.nullable(),
    /** Other change figures worth knowing (MCIDs), with sources; not used for scoring. */
    changeNotes: z.string(),
    loinc: z.object({
      panel: z
        .string()
        .regex(/^\d+-\d$/)
        .nullable(),
      total: z
        .string()
        .regex(/^\d+-\d$/)
        .nullable(),
      note: z.string().min(1),
    }),
    licence: z.object({
      text: z.string().min(1),
      /** True only when the licence is confirmed to allow reproducing the item wording. */
      itemTextsReproducible: z.boolean(),
      ...Sourced,
    }),
  })
  .superRefine((def, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    const n = def.items.length;
    def.items.forEach((item, i) => {
      if (item.number !== i + 1) issue(["items", i, "number"], `expected item number ${i + 1}`);
      if (item.text !== null && !def.licence.itemTextsReproducible)
        issue(["items", i, "text"], "item text given but the licence does not allow reproducing it");
    });
    const values = def.options.map((o) => o.value);
    values.forEach((v, i) => {
      if (v !== i) issue(["options", i, "value"], "option values must run 0, 1, 2 … without gaps");
    });
    const inRange = (list: number[], path: (string | number)[]) =>
      list.forEach((k, i) => {
        if (k > n) issue([...path, i], `item ${k} does not exist (${n} items)`);
      });
    inRange(def.reverseScoredItems, ["reverseScoredItems"]);
    inRange(def.missingItems.optionalItems, ["missingItems", "optionalItems"]);
    def.subscales.forEach((s, i) => inRange(s.items, ["subscales", i, "items"]));
    def.flags.forEach((f, i) =>
      checkFlag(f, Math.max(...values), n, (path, m) => issue(["flags", i, ...path], m)),
    );
    if (def.clinicalSignificance && !def.reliableChange)
      issue(["clinicalSignificance"], "clinically significant change needs a reliable-change figure");
    const ids = new Set(def.subscales.map((s) => s.id));
    for (const key of Object.keys(def.diagnosticRule?.minimumPerSubscale ?? {}))
      if (!ids.has(key)) issue(["diagnosticRule", "minimumPerSubscale", key], `no subscale ${key}`);
    if (def.scoring.method === "sum" && def.scoring.decimals !== 0)
      issue(["scoring", "decimals"], "a sum is whole");
    // Bands must be ascending, disjoint and inside the possible range of their basis.
    const scores = def.options.map((o) => o.score);
    const [lo, hi] = [Math.min(...scores), Math.max(...scores)];
    const rawMin = def.scoring.method === "sum" ? lo * n : lo;
    const rawMax = def.scoring.method === "sum" ? hi * n : hi;
    const factor = def.bandBasis === "total" ? def.scoring.multiplier : 1;
    def.bands.forEach((b, i) => {
      if (b.min > b.max) issue(["bands", i], "min above max");
      if (b.min < rawMin * factor || b.max > rawMax * factor) issue(["bands", i], "outside the score range");
      const prev = def.bands[i - 1];
      if (prev && b.min <= prev.max) issue(["bands", i], "bands overlap or are not ascending");
    });
  });
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;

/** Each flag kind names exactly the parameters it reads, and its grades cover its answers. */
function checkFlag(
  f: Flag,
  maxAnswer: number,
  n: number,
  issue: (path: (string | number)[], message: string) => void,
): void {
  const needs = {
    "answer-at-least": { item: true, minimum: true, maximum: false },
    unanswered: { item: true, minimum: false, maximum: false },
    "any-answer-at-most": { item: false, minimum: false, maximum: true },
    "raw-at-most": { item: false, minimum: false, maximum: true },
  }[f.kind];
  for (const key of ["item", "minimum", "maximum"] as const) {
    if (needs[key] !== (f[key] !== null))
      issue([key], needs[key] ? `${f.kind} needs ${key}` : `${f.kind} takes no ${key}`);
  }
  if (f.item !== null && f.item > n) issue(["item"], `item ${f.item} does not exist`);
  if (f.minimum !== null && f.minimum > maxAnswer) issue(["minimum"], "minimum above the highest answer");
  if (f.kind === "any-answer-at-most" && f.maximum !== null && f.maximum > maxAnswer)
    issue(["maximum"], "maximum above the highest answer");
  const answers = f.grades.map((g) => g.answer);
  const expected =
    f.kind === "answer-at-least" && f.minimum !== null
      ? Array.from({ length: maxAnswer - f.minimum + 1 }, (_, k) => f.minimum! + k)
      : [null];
  if (JSON.stringify(answers) !== JSON.stringify(expected))
    issue(["grades"], `grades must be for answers ${JSON.stringify(expected)}`);
}
