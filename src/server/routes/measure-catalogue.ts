// What a form and a chart need to know about each instrument, shaped from its definition:
// wording (or where the licensed form comes from), answer options, bands on the total's scale
// for shading, and the licence line. Sources and scoring internals stay in src/measures.
import { listInstruments, totalRange, type InstrumentDefinition } from "../../measures";

export function describeInstruments() {
  return listInstruments().map(describeInstrument);
}

function describeInstrument(def: InstrumentDefinition) {
  const optional = new Set(def.missingItems.optionalItems);
  // Bands may be defined on the raw result (WHO-5: 0–25); charts plot the total (0–100).
  const factor = def.bandBasis === "raw" ? def.scoring.multiplier : 1;
  return {
    id: def.id,
    title: def.title,
    shortTitle: def.shortTitle,
    version: def.version,
    measures: def.measures,
    recallPeriod: def.recallPeriod,
    higherIsBetter: def.higherIsBetter,
    items: def.items.map((item) => ({
      number: item.number,
      id: item.id,
      text: item.text,
      optional: optional.has(item.number),
    })),
    /** Where the licensed wording comes from; the form shows it when item texts are null. */
    itemTextSource: def.itemTextSource,
    options: def.options.map((o) => ({ value: o.value, label: o.label })),
    total: { ...totalRange(def), decimals: def.scoring.decimals },
    /** Inclusive ranges of the total, ascending; ranges between bands have no band. */
    bands: def.bands.map((b) => ({ label: b.label, min: b.min * factor, max: b.max * factor })),
    cutPoints: def.cutPoints.map((c) => ({ id: c.id, label: c.label, atLeast: c.atLeast })),
    reliableChange: def.reliableChange && {
      threshold: def.reliableChange.threshold,
      comparison: def.reliableChange.comparison,
      verified: def.reliableChange.verified,
    },
    flags: def.flags.map((f) => ({ id: f.id, item: f.item, minimum: f.minimum, meaning: f.meaning })),
    licence: { text: def.licence.text },
  };
}
