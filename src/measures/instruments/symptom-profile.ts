// Tessera's own patient-generated measure, in the style of MYMOP but not a copy of it: MYMOP2 is
// treated as licensed (clinical-reference §1), so the wording, anchors and version are Tessera's.
// The client names the concern(s) and activity; those names are stored as response labels.
import type { InstrumentDefinition } from "../definition-schema";

export const symptomProfile: InstrumentDefinition = {
  id: "symptom-profile",
  version: "1",
  title: "Tessera personal symptom profile",
  shortTitle: "Symptom profile",
  measures: "client-named concerns",
  recallPeriod: { text: "Thinking about the past 7 days", days: 7 },
  higherIsBetter: false,
  items: [
    {
      number: 1,
      id: "symptom-profile-concern-1",
      text: "The concern you most want help with (in your own words): how much has it troubled you?",
      loinc: null,
    },
    {
      number: 2,
      id: "symptom-profile-concern-2",
      text: "A second concern, if you have one (in your own words): how much has it troubled you?",
      loinc: null,
    },
    {
      number: 3,
      id: "symptom-profile-activity",
      text: "One thing you do, or would like to do, that your concern gets in the way of (in your own words): how much has it been held back?",
      loinc: null,
    },
    {
      number: 4,
      id: "symptom-profile-wellbeing",
      text: "How far from well have you felt in yourself overall?",
      loinc: null,
    },
  ],
  itemTextSource: "Tessera's own wording (this file).",
  options: [
    { value: 0, score: 0, label: "Not at all", loinc: null },
    { value: 1, score: 1, label: null, loinc: null },
    { value: 2, score: 2, label: null, loinc: null },
    { value: 3, score: 3, label: null, loinc: null },
    { value: 4, score: 4, label: null, loinc: null },
    { value: 5, score: 5, label: null, loinc: null },
    { value: 6, score: 6, label: "As much as I can imagine", loinc: null },
  ],
  reverseScoredItems: [],
  reverseScoringSource: "All items are worded so that 0 is best and 6 is worst; none is reversed.",
  scoring: {
    method: "mean",
    multiplier: 1,
    decimals: 2,
    source:
      "Profile = mean of the completed items, as for MYMOP (qol.thoracic.org; clinical-reference §1), rounded to 2 decimals; 0 (best) to 6 (worst).",
  },
  bandBasis: "raw",
  bands: [],
  bandsSource: "MYMOP-style profiles have no published bands.",
  subscales: [],
  cutPoints: [],
  diagnosticRule: null,
  flags: [],
  missingItems: {
    optionalItems: [2],
    prorate: null,
    source:
      "Tessera's rule: the second concern is optional (the client may name only one); the first concern, the activity and wellbeing are required, otherwise the response is incomplete. The profile is the mean of the completed items (MYMOP practice, qol.thoracic.org).",
  },
  // MYMOP's source gives no reliable-change figure; it names a change above 1 clinically significant.
  reliableChange: null,
  meaningfulChange: {
    threshold: 1,
    comparison: ">",
    label: "clinically significant",
    verified: false,
    source:
      "For MYMOP 'a minimum clinically important change in score after intervention should be between 0.5-1.0: any change greater than 1.0 can be considered clinically significant' (physio-pedia.com, MYMOP; Paterson, BMJ 1996;312:1016). Borrowed for Tessera's own wording, which has not been validated.",
  },
  clinicalSignificance: null,
  changeNotes: "MYMOP MCID 0.5–1.0 (physio-pedia.com).",
  loinc: {
    panel: null,
    total: null,
    note: "A Tessera-local measure: no LOINC code; use a local code in FHIR.",
  },
  licence: {
    text: "Tessera's own wording; free to use within Tessera. Not the MYMOP form, which needs a licence from Meaningful Measures.",
    itemTextsReproducible: true,
    source: "Written for Tessera (clinical-reference §1 on the MYMOP2 licence conflict).",
  },
};
