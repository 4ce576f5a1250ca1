// Public API of the outcome-measures module: pure, no I/O. Routes, charts, exports and the CLI
// call these; nothing outside src/measures should interpret a definition itself.
export { InstrumentDefinition, Urgency, URGENCY_ORDER, type Flag, type FlagGrade } from "./definition-schema";
export { ScoreResult, RaisedFlag } from "./score-result";
export { listInstruments, getInstrument, requireInstrument } from "./registry";
export { scoreResponse, scoreWithDefinition, type Answers } from "./score-response";
export { reliableChange, ChangeResult, ChangeDirection, ClinicalSignificance } from "./reliable-change";
export {
  scoreStored,
  buildTimeline,
  ScoredResponse,
  ChangeFrom,
  TimelineItem,
  ScoredResponseSchema,
  ChangeFromSchema,
  TimelineItemSchema,
} from "./timeline";
export { describeInstruments, describeInstrument, InstrumentDescription } from "./catalogue";
export { responsesToCsv, csvField, CSV_COLUMNS, type CsvResponseRow } from "./responses-csv";
export { rawRange, totalRange, type ScoreRange } from "./score-range";
