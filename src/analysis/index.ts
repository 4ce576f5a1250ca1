// Public face of the narrative extractor.
export { extractPieces, type ExtractOptions } from "./extract-pieces";
export { DEFAULT_MIN_CONFIDENCE } from "./detect/confidence";
