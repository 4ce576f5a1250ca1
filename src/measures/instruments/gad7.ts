// GAD-7 (Spitzer et al. 2006). Facts from ../shared/docs/clinical-reference.md §1.
import type { InstrumentDefinition } from "../definition-schema";

// Answer codes: LA6568-5 and LA6569-3 from the HL7 PHR IG (clinical-reference §1); LA6570-1 seen
// in the MII PRO IG GAD-7 example; the fourth code is unverified, so absent.
const frequency = [
  { value: 0, score: 0, label: "Not at all", loinc: "LA6568-5" },
  { value: 1, score: 1, label: "Several days", loinc: "LA6569-3" },
  { value: 2, score: 2, label: "More than half the days", loinc: "LA6570-1" },
  { value: 3, score: 3, label: "Nearly every day", loinc: null },
];

const items: [string, string][] = [
  ["Feeling nervous, anxious or on edge", "69725-0"],
  ["Not being able to stop or control worrying", "68509-9"],
  ["Worrying too much about different things", "69733-4"],
  ["Trouble relaxing", "69734-2"],
  ["Being so restless that it is hard to sit still", "69735-9"],
  ["Becoming easily annoyed or irritable", "69689-8"],
  ["Feeling afraid as if something awful might happen", "69736-7"],
];

export const gad7: InstrumentDefinition = {
  id: "gad7",
  version: "1",
  title: "Generalized Anxiety Disorder 7-item scale",
  shortTitle: "GAD-7",
  measures: "anxiety",
  recallPeriod: {
    text: "Over the last 2 weeks, how often have you been bothered by the following problems?",
    days: 14,
  },
  higherIsBetter: false,
  items: items.map(([text, loinc], i) => ({ number: i + 1, id: `gad7-${i + 1}`, text, loinc })),
  itemTextSource: "Pfizer GAD-7 form (LHC-Forms GAD-7 Questionnaire; HL7 PHR IG).",
  options: frequency,
  reverseScoredItems: [],
  reverseScoringSource: "No reverse-scored items (Spitzer 2006).",
  scoring: {
    method: "sum",
    multiplier: 1,
    decimals: 0,
    source: "Sum of the 7 item scores, 0–21 (clinical-reference §1: mrcpsych.uk quoting Spitzer 2006).",
  },
  bandBasis: "raw",
  bands: [
    { min: 0, max: 4, label: "minimal" },
    { min: 5, max: 9, label: "mild" },
    { min: 10, max: 14, label: "moderate" },
    { min: 15, max: 21, label: "severe" },
  ],
  bandsSource:
    "Cut points 5, 10 and 15 mark mild, moderate and severe; below 5 minimal (Spitzer 2006, quoted by mrcpsych.uk; clinical-reference §1).",
  subscales: [],
  cutPoints: [],
  diagnosticRule: null,
  flags: [],
  missingItems: {
    optionalItems: [],
    prorate: null,
    source:
      "The total is the sum of all 7 items; no prorating rule is given in the sources of clinical-reference §1, so a response with any item missing is incomplete and gets no total or band.",
  },
  reliableChange: {
    threshold: 4,
    comparison: ">=",
    verified: true,
    source:
      "Reliable change of 4 points or more, the criterion of the English IAPT / NHS Talking Therapies programme (IAPT Data Handbook v2.0.1, 2011), as stated in the English IAPT / NHS Talking Therapies definitions as given in the trial record NCT05134103 (inclinicaltrials.com: caseness 'scoring >9 on the PHQ-9 or >7 on the GAD-7'; reliable improvement 'reduction in PHQ-9 score of 6 or more, and reduction in GAD-7 score of 4 or more') and Gyani, Shafran, Layard & Clark, Behav Res Ther 2013;51:597.",
  },
  meaningfulChange: null,
  clinicalSignificance: {
    clinicalRange: "at-least",
    cutOff: 8,
    source:
      "Jacobson & Truax, J Consult Clin Psychol 1991;59:12 (recovered: reliable improvement ending in the non-clinical range; improved: reliable improvement only; deteriorated: reliable worsening; otherwise unchanged), with the clinical range 8 or more ('caseness', a score above 7) and reliable change 4 from the English IAPT / NHS Talking Therapies definitions as given in the trial record NCT05134103 (inclinicaltrials.com: caseness 'scoring >9 on the PHQ-9 or >7 on the GAD-7'; reliable improvement 'reduction in PHQ-9 score of 6 or more, and reduction in GAD-7 score of 4 or more') and Gyani, Shafran, Layard & Clark, Behav Res Ther 2013;51:597. IAPT judges recovery on PHQ-9 and GAD-7 together; Tessera judges each measure alone.",
  },
  changeNotes:
    "Minimal important change −1.5 points / 26.8% reduction (Kounali 2022). ED50 3.3 points (Bauer-Staeb 2021). Toussaint et al. 2020 estimated an MCID whose value was not retrieved.",
  loinc: {
    panel: "69737-5",
    total: "70274-6",
    note: "Panel, total and the 7 item codes from clinical-reference §1 (HL7 PHR IG). 69737-5 is the panel, not the total.",
  },
  licence: {
    text: "GAD-7 Copyright © Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
    itemTextsReproducible: true,
    source: "Same Pfizer statement as the PHQ-9 (LHC-Forms GAD-7 Questionnaire; clinical-reference §1).",
  },
};
