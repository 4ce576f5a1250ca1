// PTSD Checklist for DSM-5 (Weathers et al. 2013, National Center for PTSD). Facts from
// clinical-reference §1 and the comorbidityguidelines.org.au PCL-5 scoring page.
import type { InstrumentDefinition } from "../definition-schema";

export const pcl5: InstrumentDefinition = {
  id: "pcl5",
  version: "1",
  title: "PTSD Checklist for DSM-5",
  shortTitle: "PCL-5",
  measures: "post-traumatic stress",
  recallPeriod: { text: "In the past month, how much were you bothered by:", days: 30 },
  higherIsBetter: false,
  // The public-domain status is unconfirmed ([U]), so the wording is not reproduced here.
  items: Array.from({ length: 20 }, (_, i) => ({
    number: i + 1,
    id: `pcl5-${i + 1}`,
    text: null,
    loinc: null,
  })),
  itemTextSource:
    "The PCL-5 form from the US Department of Veterans Affairs National Center for PTSD (ptsd.va.gov, 'PTSD Checklist for DSM-5'); the 20 item texts are also in the SurgicalInformatics/phosp_clean wiki page 'PCL-5'.",
  options: [
    { value: 0, score: 0, label: "Not at all", loinc: null },
    { value: 1, score: 1, label: "A little bit", loinc: null },
    { value: 2, score: 2, label: "Moderately", loinc: null },
    { value: 3, score: 3, label: "Quite a bit", loinc: null },
    { value: 4, score: 4, label: "Extremely", loinc: null },
  ],
  reverseScoredItems: [],
  reverseScoringSource: "No reverse-scored items (comorbidityguidelines.org.au PCL-5 scoring page).",
  scoring: {
    method: "sum",
    multiplier: 1,
    decimals: 0,
    source:
      "Items are summed to a total severity score, 0–80 (comorbidityguidelines.org.au, 'PCL-5: Scoring and interpretation').",
  },
  bandBasis: "raw",
  bands: [],
  bandsSource:
    "'There are currently no empirically derived severity ranges for the PCL-5' (comorbidityguidelines.org.au), so there are no bands; see the probable-PTSD cut-point.",
  subscales: [
    { id: "B", title: "Intrusion (criterion B)", items: [1, 2, 3, 4, 5] },
    { id: "C", title: "Avoidance (criterion C)", items: [6, 7] },
    {
      id: "D",
      title: "Negative alterations in cognitions and mood (criterion D)",
      items: [8, 9, 10, 11, 12, 13, 14],
    },
    {
      id: "E",
      title: "Alterations in arousal and reactivity (criterion E)",
      items: [15, 16, 17, 18, 19, 20],
    },
  ],
  cutPoints: [
    {
      id: "probable-ptsd",
      label: "probable PTSD",
      atLeast: 33,
      range: { min: 31, max: 33 },
      source:
        "'A cut-point score of 31–33 appears to be reasonable' (comorbidityguidelines.org.au; National Center for PTSD 'Using the PCL-5'; calculate.qxmd.com PCL-5; Forkus et al., Clin Psychol 2023;30:110, PMC10292741: 'recommended cutoff scores between 31–33'). Tessera marks totals 31–33 as the published range and counts the cut-point met at 33, the upper end, to limit false positives; an older proposal was 38 (medafile.com).",
    },
  ],
  diagnosticRule: {
    id: "provisional-dsm5",
    label: "provisional DSM-5 PTSD diagnosis",
    itemAtLeast: 2,
    minimumPerSubscale: { B: 1, C: 1, D: 2, E: 2 },
    source:
      "Each item rated 2 ('Moderately') or higher counts as an endorsed symptom; at least 1 B (items 1–5), 1 C (6–7), 2 D (8–14) and 2 E (15–20) (comorbidityguidelines.org.au). Needs a clinical interview (CAPS-5) to confirm.",
  },
  flags: [],
  missingItems: {
    optionalItems: [],
    prorate: null,
    source:
      "No prorating rule is given in the scoring guidance retrieved (comorbidityguidelines.org.au; clinical-reference §1), so a response with any item missing is incomplete: no total, no cut-point and no provisional diagnosis. A cluster score is given only when every item of that cluster is answered.",
  },
  reliableChange: {
    threshold: 5,
    comparison: ">=",
    verified: true,
    source:
      "A change of 5 points or more is reliable (responded to treatment): National Center for PTSD, 'PTSD Checklist for DSM-5 (PCL-5)' (ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp), as reproduced at calculate.qxmd.com (PCL-5): 'a 5 points as a minimum threshold for determining whether an individual has responded to treatment and 10 points as a minimum threshold for determining whether the improvement is clinically meaningful'; the page bases this on the PCL for DSM-IV, where '5-10 point change represents reliable change' and 10-20 points clinically significant change. Lee et al. (abstract, scite.ai) found an RCI of 15–18 points in one sample: unconfirmed, not adopted.",
  },
  meaningfulChange: {
    threshold: 10,
    comparison: ">=",
    label: "clinically meaningful",
    verified: true,
    source:
      "A change of 10 points or more is clinically meaningful: National Center for PTSD, 'PTSD Checklist for DSM-5 (PCL-5)' (ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp), as reproduced at calculate.qxmd.com (PCL-5): 'a 5 points as a minimum threshold for determining whether an individual has responded to treatment and 10 points as a minimum threshold for determining whether the improvement is clinically meaningful'; the page bases this on the PCL for DSM-IV, where '5-10 point change represents reliable change' and 10-20 points clinically significant change.",
  },
  // No published clinical/non-clinical norm for a Jacobson–Truax cut-off was found (the 31–33
  // screening range is not one), so recovery is not judged.
  clinicalSignificance: null,
  changeNotes:
    "Clinically significant change at ≤28 after treatment in one study (Lee et al. abstract, scite.ai).",
  loinc: {
    panel: "101697-1",
    total: "101698-9",
    note: "Panel 101697-1 and score 101698-9 checked against tx.fhir.org (NYS instruments doc, clinical-reference §1). One repository uses 91006-2: not adopted.",
  },
  licence: {
    text: "Developed by the US Department of Veterans Affairs National Center for PTSD. Reported to be in the public domain or not copyrighted by secondary sources (mhscales.com; calculate.qxmd.com), but the publisher's own statement (ptsd.va.gov) was not retrieved, so the wording is not reproduced.",
    itemTextsReproducible: false,
    source:
      "clinical-reference §1 ('Public domain [U]'); mhscales.com PCL-5 page ('in the public domain and not copyrighted'); calculate.qxmd.com PCL-5 ('developed by staff at VA's National Center for PTSD and is not copyrighted'). Checked again for issue 13: no retrieved ptsd.va.gov page states it.",
  },
};
