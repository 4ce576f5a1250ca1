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
      kind: "answer-at-least",
      item: 9,
      minimum: 1,
      maximum: null,
      meaning:
        "Item 9 (thoughts of being better off dead or of self-harm) answered above 'Not at all': follow up, whatever the total.",
      // Follow-up wording is Tessera's; a practice's own safety procedure comes first.
      grades: [
        {
          answer: 1,
          urgency: "raised",
          followUp:
            "Answered 'Several days'. Ask the client about these thoughts soon, before the next session: how often they come, whether there is any plan, and what helps them stay safe. Record how you followed up.",
        },
        {
          answer: 2,
          urgency: "high",
          followUp:
            "Answered 'More than half the days'. Contact the client today if you can: ask about current thoughts, any plan or intent and what keeps them safe, and agree the next step (their GP, a crisis line). Record how you followed up.",
        },
        {
          answer: 3,
          urgency: "highest",
          followUp:
            "Answered 'Nearly every day'. Contact the client today, before other work: ask about current thoughts, plans and intent. If they may act on them, or you cannot reach them and are worried, follow your practice's crisis procedure (emergency services or a crisis line). Record how you followed up.",
        },
      ],
      source:
        "Any item-9 answer above 0 needs follow-up whatever the total (clinical-reference §1: calcipedia.org; handlebar-online.com quoting Kroenke 2001). Urgency rises with the answer: one-year risk of a suicide attempt rose from 0.4% ('not at all') to 4% ('nearly every day'), and 'more than half the days' or 'nearly every day' marked a clearly higher-risk group needing further assessment (Simon et al., Psychiatr Serv 2013;64:1195, pubmed 24036589); adjusted hazard of suicide 1.75, 2.15 and 2.85 for 'several days', 'more than half the days' and 'nearly every day' (Louzon et al., Psychiatr Serv 2016, doi 10.1176/appi.ps.201500149).",
    },
    {
      id: "phq9-item9-unanswered",
      kind: "unanswered",
      item: 9,
      minimum: null,
      maximum: null,
      meaning:
        "Item 9 (thoughts of being better off dead or of self-harm) was left blank, so whether the client has such thoughts is not known.",
      grades: [
        {
          answer: null,
          urgency: "raised",
          followUp:
            "Item 9 was left blank: a blank is not 'Not at all'. Ask the client this question yourself, soon, and follow up as for the answer they give. Record how you followed up.",
        },
      ],
      source:
        "Issue 13 ('Safety and measures'): a blank item 9 raises its own flag so the practitioner asks. Item 9 needs follow-up whatever the total (clinical-reference §1), and a blank gives no answer to judge.",
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
    verified: true,
    source:
      "Reliable change of 6 points or more, the criterion of the English IAPT / NHS Talking Therapies programme (IAPT Data Handbook v2.0.1, 2011), as stated in the English IAPT / NHS Talking Therapies definitions as given in the trial record NCT05134103 (inclinicaltrials.com: caseness 'scoring >9 on the PHQ-9 or >7 on the GAD-7'; reliable improvement 'reduction in PHQ-9 score of 6 or more, and reduction in GAD-7 score of 4 or more') and Gyani, Shafran, Layard & Clark, Behav Res Ther 2013;51:597.",
  },
  meaningfulChange: null,
  clinicalSignificance: {
    clinicalRange: "at-least",
    cutOff: 10,
    source:
      "Jacobson & Truax, J Consult Clin Psychol 1991;59:12 (recovered: reliable improvement ending in the non-clinical range; improved: reliable improvement only; deteriorated: reliable worsening; otherwise unchanged), with the clinical range 10 or more ('caseness', a score above 9) and reliable change 6 from the English IAPT / NHS Talking Therapies definitions as given in the trial record NCT05134103 (inclinicaltrials.com: caseness 'scoring >9 on the PHQ-9 or >7 on the GAD-7'; reliable improvement 'reduction in PHQ-9 score of 6 or more, and reduction in GAD-7 score of 4 or more') and Gyani, Shafran, Layard & Clark, Behav Res Ther 2013;51:597. IAPT judges recovery on PHQ-9 and GAD-7 together; Tessera judges each measure alone.",
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
