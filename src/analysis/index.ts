// Public face of the narrative extractor.
export { extractPieces } from "./extract-pieces";
