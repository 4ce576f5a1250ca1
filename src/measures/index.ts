// Public API of the outcome-measures module: pure, no I/O. Routes, charts, exports and the CLI
// call these; nothing outside src/measures should interpret a definition itself.
export { InstrumentDefinition } from "./definition-schema";
export { ScoreResult } from "./score-result";
export { listInstruments, getInstrument, requireInstrument } from "./registry";
export { scoreResponse, scoreWithDefinition, type Answers } from "./score-response";
export { reliableChange, type ChangeResult, type ChangeDirection } from "./reliable-change";
export { responsesToCsv, csvField, CSV_COLUMNS, type CsvResponseRow } from "./responses-csv";
export { rawRange, totalRange, type ScoreRange } from "./score-range";
