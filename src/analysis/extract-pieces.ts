// The narrative extractor: text in, suggested pieces out (../shared/spec/pieces.md).
// Pure and deterministic: no I/O, no clock, no randomness.
import type { ExtractedPiece } from "../domain";
import { PIECE_KINDS } from "../domain";
import { CUE_PHRASES, type Cue } from "./lexicon/cues";
import { buildMasks } from "./document/masks";
import { detectNarrator, findClientNames, findTherapistNames } from "./document/narrator";
import { assignRoles, toClauses, type RoleContext } from "./document/roles";
import { detectDialogue } from "./detect/dialogue";
import { detectExperiences } from "./detect/experiences";
import { detectAnswers } from "./detect/answers";
import { attachFeatures } from "./features/clause-features";
import { extendMemories, mergeDrafts } from "./merge-pieces";
import type { Clause, CueHit, DraftPiece, TextModel } from "./model";
import { toPiece } from "./to-piece";
import { confidenceOf, DEFAULT_MIN_CONFIDENCE } from "./detect/confidence";
import { splitClauses } from "./text/clauses";
import { PhraseMatcher } from "./text/phrase-matcher";
import { readText } from "./text/read-text";

const cueMatcher = new PhraseMatcher<Cue[]>(groupCues(CUE_PHRASES));
const KIND_ORDER = new Map(PIECE_KINDS.map((k, i) => [k, i]));

export interface ExtractOptions {
  /** Suggestions with a lower confidence are left out (default DEFAULT_MIN_CONFIDENCE; 0 keeps all). */
  minConfidence?: number;
  /** Rows of lexicon/outside-session.ts to leave out, by id (for the ablation script). */
  disabledRules?: ReadonlySet<string>;
}

export function extractPieces(text: string, options: ExtractOptions = {}): ExtractedPiece[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (typeof text !== "string" || text.trim() === "") return [];
  const read = readText(text);
  const { tokens } = read;
  if (tokens.length === 0) return [];

  const narrator = detectNarrator(tokens);
  const therapistNames = findTherapistNames(tokens, narrator);
  const clientNames = findClientNames(tokens, narrator);
  const masks = buildMasks(tokens);
  const raw = splitClauses(tokens, read.sentences);
  const roleCtx: RoleContext = {
    tokens,
    sentences: read.sentences,
    narrator,
    therapistNames,
    clientNames,
    techniqueRanges: masks.techniqueRanges,
  };
  const clauses = toClauses(raw, assignRoles(raw, roleCtx));
  attachFeatures(clauses, tokens, narrator, masks.masked);

  const cues: CueHit[] = [];
  for (const m of cueMatcher.findEvery(tokens))
    for (const cue of m.value) cues.push({ cue, first: m.first, last: m.last });

  const model: TextModel = {
    read,
    tokens,
    narrator,
    therapistNames,
    clientNames,
    masked: masks.masked,
    speech: new Uint8Array(tokens.length),
    idiomEmotions: masks.idiomEmotions,
    cues,
    clauses,
    clauseAt: indexClauses(clauses, tokens.length),
  };

  const dialogue = detectDialogue(model, roleCtx);
  const experiences = detectExperiences(model, roleCtx);
  extendMemories(experiences, clauses);
  const answers = detectAnswers(model, experiences);
  const drafts: DraftPiece[] = mergeDrafts([...dialogue.pieces, ...experiences, ...answers], tokens);

  const out: ExtractedPiece[] = [];
  for (const d of drafts) {
    const confidence = confidenceOf(d, model, options.disabledRules);
    if (confidence < minConfidence) continue;
    const piece = toPiece(d, read);
    if (piece) out.push({ ...piece, confidence });
  }
  return out
    .sort((a, b) => a.start - b.start || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.end - b.end);
}

function indexClauses(clauses: Clause[], n: number): Int32Array {
  const at = new Int32Array(n).fill(-1);
  for (const c of clauses) for (let k = c.first; k < c.last; k++) at[k] = c.index;
  return at;
}

function groupCues(entries: readonly (readonly [string, Cue])[]): [string, Cue[]][] {
  const map = new Map<string, Cue[]>();
  for (const [phrase, cue] of entries) {
    const list = map.get(phrase) ?? [];
    list.push(cue);
    map.set(phrase, list);
  }
  return [...map];
}
