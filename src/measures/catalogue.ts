// What a form and a chart need to know about each instrument, shaped from its definition:
// wording (or where the licensed form comes from), answer options, bands on the total's scale
// for shading, cluster subscales, cut-points with their published range, change figures, flags
// with their urgency and follow-up text, and the licence line. Sources stay in the definitions.
import { z } from "zod";
import { FlagGrade, type InstrumentDefinition } from "./definition-schema";
import { listInstruments } from "./registry";
import { totalRange } from "./score-range";

const Range = z.object({ min: z.number(), max: z.number() });
const ChangeFigure = z.object({
  threshold: z.number(),
  comparison: z.enum([">=", ">"]),
  verified: z.boolean(),
});

export const InstrumentDescription = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  version: z.string(),
  measures: z.string(),
  recallPeriod: z.object({ text: z.string(), days: z.number().int() }),
  higherIsBetter: z.boolean(),
  items: z.array(
    z.object({
      number: z.number().int(),
      id: z.string(),
      /** Null where the licence keeps the wording off screen (see itemTextSource). */
      text: z.string().nullable(),
      optional: z.boolean(),
    }),
  ),
  /** Where the licensed wording comes from; the form shows it when item texts are null. */
  itemTextSource: z.string(),
  options: z.array(z.object({ value: z.number().int(), label: z.string().nullable() })),
  total: Range.extend({ decimals: z.number().int() }),
  /** Inclusive ranges of the total, ascending; ranges between bands have no band. */
  bands: z.array(Range.extend({ label: z.string() })),
  /** Cluster scores (PCL-5 B–E): items and the possible range of each sum. */
  subscales: z.array(
    z.object({ id: z.string(), title: z.string(), items: z.array(z.number().int()), range: Range }),
  ),
  /** `range`: the published cut-off range, when the source gives a range (PCL-5 31–33). */
  cutPoints: z.array(
    z.object({ id: z.string(), label: z.string(), atLeast: z.number(), range: Range.nullable() }),
  ),
  reliableChange: ChangeFigure.nullable(),
  /** The larger named change figure: PCL-5 "clinically meaningful", symptom profile "clinically significant". */
  meaningfulChange: ChangeFigure.extend({
    label: z.enum(["clinically meaningful", "clinically significant"]),
  }).nullable(),
  /** Jacobson–Truax: totals at least (or at most) `cutOff` are in the clinical range. */
  clinicalSignificance: z
    .object({ clinicalRange: z.enum(["at-least", "at-most"]), cutOff: z.number() })
    .nullable(),
  flags: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["answer-at-least", "unanswered", "any-answer-at-most", "raw-at-most"]),
      item: z.number().int().nullable(),
      minimum: z.number().int().nullable(),
      maximum: z.number().nullable(),
      meaning: z.string(),
      grades: z.array(FlagGrade),
    }),
  ),
  licence: z.object({ text: z.string() }),
});
export type InstrumentDescription = z.infer<typeof InstrumentDescription>;

export function describeInstruments(): InstrumentDescription[] {
  return listInstruments().map(describeInstrument);
}

export function describeInstrument(def: InstrumentDefinition): InstrumentDescription {
  const optional = new Set(def.missingItems.optionalItems);
  // Bands may be defined on the raw result (WHO-5: 0–25); charts plot the total (0–100).
  const factor = def.bandBasis === "raw" ? def.scoring.multiplier : 1;
  const scores = def.options.map((o) => o.score);
  const figure = (rc: { threshold: number; comparison: ">=" | ">"; verified: boolean } | null) =>
    rc && { threshold: rc.threshold, comparison: rc.comparison, verified: rc.verified };
  return {
    id: def.id,
    title: def.title,
    shortTitle: def.shortTitle,
    version: def.version,
    measures: def.measures,
    recallPeriod: { text: def.recallPeriod.text, days: def.recallPeriod.days },
    higherIsBetter: def.higherIsBetter,
    items: def.items.map((item) => ({
      number: item.number,
      id: item.id,
      text: item.text,
      optional: optional.has(item.number),
    })),
    itemTextSource: def.itemTextSource,
    options: def.options.map((o) => ({ value: o.value, label: o.label })),
    total: { ...totalRange(def), decimals: def.scoring.decimals },
    bands: def.bands.map((b) => ({ label: b.label, min: b.min * factor, max: b.max * factor })),
    subscales: def.subscales.map((s) => ({
      id: s.id,
      title: s.title,
      items: [...s.items],
      range: { min: Math.min(...scores) * s.items.length, max: Math.max(...scores) * s.items.length },
    })),
    cutPoints: def.cutPoints.map((c) => ({
      id: c.id,
      label: c.label,
      atLeast: c.atLeast,
      range: c.range && { min: c.range.min, max: c.range.max },
    })),
    reliableChange: figure(def.reliableChange),
    meaningfulChange: def.meaningfulChange && {
      ...figure(def.meaningfulChange)!,
      label: def.meaningfulChange.label,
    },
    clinicalSignificance: def.clinicalSignificance && {
      clinicalRange: def.clinicalSignificance.clinicalRange,
      cutOff: def.clinicalSignificance.cutOff,
    },
    flags: def.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      item: f.item,
      minimum: f.minimum,
      maximum: f.maximum,
      meaning: f.meaning,
      grades: f.grades.map((g) => ({ answer: g.answer, urgency: g.urgency, followUp: g.followUp })),
    })),
    licence: { text: def.licence.text },
  };
}
