// PHQ-9 (Kroenke, Spitzer & Williams 2001). Facts from ../shared/docs/clinical-reference.md §1.
import type { InstrumentDefinition } from "../definition-schema";

const frequency = [
  { value: 0, score: 0, label: "Not at all", loinc: null },
  { value: 1, score: 1, label: "Several days", loinc: null },
  { value: 2, score: 2, label: "More than half the days", loinc: null },
  { value: 3, score: 3, label: "Nearly every day", loinc: null },
];

const texts = [
  "Little interest or pleasure in doing things",
  "Feeling down, depressed, or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading the newspaper or watching television",
  "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
  "Thoughts that you would be better off dead or of hurting yourself in some way",
];

export const phq9: InstrumentDefinition = {
  id: "phq9",
  version: "1",
  title: "Patient Health Questionnaire-9",
  shortTitle: "PHQ-9",
  measures: "depression",
  recallPeriod: {
    text: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    days: 14,
  },
  higherIsBetter: false,
  items: texts.map((text, i) => ({ number: i + 1, id: `phq9-${i + 1}`, text, loinc: null })),
  itemTextSource:
    "Pfizer PHQ-9 form, as carried by the LOINC/LHC-Forms Questionnaire for panel 44249-1 (with the Pfizer copyright line).",
  options: frequency,
  reverseScoredItems: [],
  reverseScoringSource: "No reverse-scored items: every item is a symptom frequency (Kroenke 2001).",
  scoring: {
    method: "sum",
    multiplier: 1,
    decimals: 0,
    source:
      "Sum of the 9 item scores, 0–27 (clinical-reference §1: calcipedia.org PHQ-9 calculator; Kroenke 2001).",
  },
  bandBasis: "raw",
  bands: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 19, label: "moderately severe" },
    { min: 20, max: 27, label: "severe" },
  ],
  bandsSource:
    "0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe (Kroenke 2001, quoted by calcipedia.org and handlebar-online.com; clinical-reference §1).",
  subscales: [],
  cutPoints: [],
  diagnosticRule: null,
  flags: [
    {
      id: "phq9-item9",
      item: 9,
      minimum: 1,
      meaning:
        "Item 9 (thoughts of being better off dead or of self-harm) answered above 'Not at all': follow up at once, whatever the total.",
      source:
        "Any item-9 answer above 0 needs follow-up whatever the total (clinical-reference §1: calcipedia.org; handlebar-online.com quoting Kroenke 2001).",
    },
  ],
  missingItems: {
    optionalItems: [],
    prorate: null,
    source:
      "The publisher's scoring is the sum of all 9 items; no prorating rule is given in the sources of clinical-reference §1. A ≤2-missing mean-substitution rule appears only in secondary research use (Arrieta et al. 2017, via the qscorer R package docs), so it is not adopted: a response with any item missing is incomplete and gets no total or band.",
  },
  reliableChange: {
    threshold: 6,
    comparison: ">=",
    verified: false,
    source:
      "Reliable change of 6 points or more, the criterion used by the English IAPT / NHS Talking Therapies programme (IAPT Data Handbook v2.0.1, 2011). Not in clinical-reference §1 and not re-read in a retrieved source: [U].",
  },
  changeNotes:
    "Minimal important change about −1.7 points / 20% from a moderate baseline (Kounali et al., Psychol Med 2022;52:1875). ED50 3.7 points (Bauer-Staeb et al., J Clin Epidemiol 2021;137:200). The often-quoted '5 points' is unverified.",
  loinc: {
    panel: "44249-1",
    total: "44261-6",
    note: "Panel and total from clinical-reference §1 (LHC-Forms Questionnaire JSON; NYS instruments doc). Item codes not verified there, so absent.",
  },
  licence: {
    text: "PHQ-9 Copyright © Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
    itemTextsReproducible: true,
    source:
      "Pfizer copyright line in the LHC-Forms Questionnaire for 44249-1; Pfizer 2010 press release (clinical-reference §1).",
  },
};
