// Perceived Stress Scale, 10-item (Cohen, Kamarck & Mermelstein 1983; Cohen & Williamson 1988).
import type { InstrumentDefinition } from "../definition-schema";

export const pss10: InstrumentDefinition = {
  id: "pss10",
  version: "1",
  title: "Perceived Stress Scale (10 items)",
  shortTitle: "PSS-10",
  measures: "perceived stress",
  recallPeriod: { text: "In the last month", days: 30 },
  higherIsBetter: false,
  // Item texts are omitted in clinical-reference §1; the permission statement is only secondary.
  items: Array.from({ length: 10 }, (_, i) => ({
    number: i + 1,
    id: `pss10-${i + 1}`,
    text: null,
    loinc: null,
  })),
  itemTextSource:
    "Sheldon Cohen's Laboratory for the Study of Stress, Immunity and Disease, Carnegie Mellon University (psy.cmu.edu/~scohen), PSS-10 form.",
  options: [
    { value: 0, score: 0, label: "Never", loinc: null },
    { value: 1, score: 1, label: "Almost never", loinc: null },
    { value: 2, score: 2, label: "Sometimes", loinc: null },
    { value: 3, score: 3, label: "Fairly often", loinc: null },
    { value: 4, score: 4, label: "Very often", loinc: null },
  ],
  reverseScoredItems: [4, 5, 7, 8],
  reverseScoringSource:
    "'PSS-10 scores are obtained by reversing the scores on the four positive items, e.g., 0=4, 1=3, 2=2, etc. … Items 4, 5, 7, and 8 are the positively stated items' (Cohen, psy.cmu.edu/~scohen/PSSscore.html); PMC4481047 Table 2.",
  scoring: {
    method: "sum",
    multiplier: 1,
    decimals: 0,
    source: "Sum across all 10 items after reversing items 4, 5, 7, 8; 0–40 (Cohen, PSSscore.html).",
  },
  bandBasis: "raw",
  bands: [
    { min: 0, max: 13, label: "low" },
    { min: 14, max: 26, label: "moderate" },
    { min: 27, max: 40, label: "high" },
  ],
  bandsSource:
    "0–13 low, 14–26 moderate, 27–40 high perceived stress (bio-protocol.org; profound-tips.com). These are conventions, not validated cut-offs ([U] in clinical-reference §1).",
  subscales: [],
  cutPoints: [],
  diagnosticRule: null,
  flags: [],
  missingItems: {
    optionalItems: [],
    prorate: null,
    source:
      "Cohen's scoring sums across all 10 items and gives no prorating rule (PSSscore.html), so a response with any item missing is incomplete and gets no total or band.",
  },
  reliableChange: null,
  meaningfulChange: null,
  clinicalSignificance: null,
  changeNotes: "No reliable-change or MCID figure was found (clinical-reference §1).",
  loinc: {
    panel: null,
    total: null,
    note: "93038-1 comes from an unreliable repository ([U]); 93038-8 is PRAPARE 'Stress level', not the PSS. No code given.",
  },
  licence: {
    text: "'No permission is required to use this scale. It was intended to be an economical tool to be used for research purposes' (Cohen, as quoted by a secondary source). Item texts are not reproduced.",
    itemTextsReproducible: false,
    source: "profound-tips.com quoting Cohen (secondary; clinical-reference §1).",
  },
};
