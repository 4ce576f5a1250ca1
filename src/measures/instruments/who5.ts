// WHO-5 Well-Being Index (Psychiatric Research Unit, Hillerød). Facts from clinical-reference §1.
import type { InstrumentDefinition } from "../definition-schema";

const texts = [
  "I have felt cheerful and in good spirits",
  "I have felt calm and relaxed",
  "I have felt active and vigorous",
  "I woke up feeling fresh and rested",
  "My daily life has been filled with things that interest me",
];

export const who5: InstrumentDefinition = {
  id: "who5",
  version: "1",
  title: "WHO-5 Well-Being Index",
  shortTitle: "WHO-5",
  measures: "wellbeing",
  recallPeriod: { text: "Over the last two weeks", days: 14 },
  higherIsBetter: true,
  items: texts.map((text, i) => ({ number: i + 1, id: `who5-${i + 1}`, text, loinc: null })),
  itemTextSource:
    "psykiatri-regionh.dk WHO-5 questionnaires (all language versions); wording as in clinical-reference §1.",
  options: [
    { value: 0, score: 0, label: "At no time", loinc: null },
    { value: 1, score: 1, label: "Some of the time", loinc: null },
    { value: 2, score: 2, label: "Less than half the time", loinc: null },
    { value: 3, score: 3, label: "More than half the time", loinc: null },
    { value: 4, score: 4, label: "Most of the time", loinc: null },
    { value: 5, score: 5, label: "All of the time", loinc: null },
  ],
  reverseScoredItems: [],
  reverseScoringSource:
    "All five items are positively worded; none is reversed (help.valant.com; Topp 2015).",
  scoring: {
    method: "sum",
    multiplier: 4,
    decimals: 0,
    source:
      "Raw score = sum of the 5 items, 0–25; the total is the percentage score, raw × 4, 0–100 (help.valant.com; Saundra's Corner citing Topp 2015). calculator.dev's '(raw−5)×4' is wrong.",
  },
  bandBasis: "raw",
  bands: [{ min: 0, max: 12, label: "poor wellbeing" }],
  bandsSource:
    "A raw score below 13 indicates poor well-being and is an indication to assess for depression (Topp et al. 2015, cited at help.valant.com and Saundra's Corner). No other band is published, so raw 13–25 has no band.",
  subscales: [],
  cutPoints: [],
  diagnosticRule: null,
  flags: [
    {
      id: "who5-depression-screen",
      kind: "raw-at-most",
      item: null,
      minimum: null,
      maximum: 7,
      meaning: "Raw score 7 or less (28% or less): a level of wellbeing at which depression is likely.",
      grades: [
        {
          answer: null,
          urgency: "high",
          followUp:
            "Assess for depression (for example with the PHQ-9) or refer the client to their GP, and ask how they are coping. Record how you followed up.",
        },
      ],
      source:
        "Issue 13 ('a raw score of 7 or less (28 % or less) raises who5-depression-screen'); the ≤28% figure for likely depression is usually attributed to Topp et al., Psychother Psychosom 2015;84:167, not re-read in a retrieved source: [U].",
    },
    {
      id: "who5-low-item",
      kind: "any-answer-at-most",
      item: null,
      minimum: null,
      maximum: 1,
      meaning: "An item answered 'At no time' or 'Some of the time'.",
      grades: [
        {
          answer: null,
          urgency: "routine",
          followUp:
            "Whatever the total, the WHO-5 authors advise assessing for depression (their Major Depression Inventory, or a PHQ-9) when any item is answered 0 or 1. Ask about it at the next contact. Record how you followed up.",
        },
      ],
      source:
        "'It is recommended to administer the Major Depression (ICD-10) Inventory if (1) the raw score is below 13, or (2) if the patient has answered 0 to 1 to any of the five items' (medicalalgorithms.com, The WHO-Five Well-being Index; the same rule at mysignposts.com.au/portal/who-5).",
    },
  ],
  missingItems: {
    optionalItems: [],
    prorate: null,
    source:
      "The raw score is the total of all five answers; no prorating rule is given in the sources of clinical-reference §1, so a response with any item missing is incomplete and gets no total or band.",
  },
  reliableChange: {
    threshold: 10,
    comparison: ">=",
    verified: true,
    source:
      "'In order to monitor possible changes in well-being, the percentage score is used. A 10% difference indicates a significant change' (help.valant.com). Applied to the 0–100 percentage total.",
  },
  meaningfulChange: null,
  // The raw <13 threshold screens for depression; it is not a Jacobson–Truax norm.
  clinicalSignificance: null,
  changeNotes: "",
  loinc: {
    panel: null,
    total: null,
    note: "89708-7 appears in only one repository, which has other code errors ([U] in clinical-reference §1), so no code is given.",
  },
  licence: {
    text: "WHO-5 versions are offered to all interested parties by the Psychiatric Research Unit, Mental Health Centre North Zealand (psykiatri-regionh.dk), which asks that any altered wording be marked. The licence of the WHO 2024 edition is unverified.",
    itemTextsReproducible: true,
    source:
      "psykiatri-regionh.dk, as summarised in clinical-reference §1 (item texts listed there as free to reproduce).",
  },
};
