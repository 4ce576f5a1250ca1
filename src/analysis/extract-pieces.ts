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
import {
  denseTermFor,
  learntConfidence,
  MODEL_READS_EXPERIENCER,
  MODEL_READS_RULE_FEATURES,
  MODEL_VETO,
  probabilityOf,
  probabilityWithTerm,
  type DenseTerm,
} from "./learnt/classifier";
import { cueCandidates } from "./learnt/cue-candidates";
import {
  biasFeatures,
  denseOf,
  experiencerFeatures,
  featuresOf,
  textVector,
  type CandidateSource,
} from "./learnt/features";
import { clauseFrames } from "./document/experiencer";
import { splitClauses } from "./text/clauses";
import { PhraseMatcher } from "./text/phrase-matcher";
import { readText, type Sentence, type Token } from "./text/read-text";

const cueMatcher = new PhraseMatcher<Cue[]>(groupCues(CUE_PHRASES));
const KIND_ORDER = new Map(PIECE_KINDS.map((k, i) => [k, i]));

/**
 * How suggestions are scored: "learnt" (the default): the rules' drafts and confidence with the
 * model of learnt/ vetoing drafts it finds unlikely (word vectors of the span, its sentence and
 * the text, over the rules' confidence, weighed by how much text there is to go by); or "rules"
 * alone. See src/analysis/README.md.
 */
export type Scorer = "rules" | "learnt";

export interface ExtractOptions {
  scorer?: Scorer;
  /** Suggestions with a lower confidence are left out (default DEFAULT_MIN_CONFIDENCE; 0 keeps all). */
  minConfidence?: number;
  /** Rows of lexicon/outside-session.ts to leave out, by id (for the ablation script). */
  disabledRules?: ReadonlySet<string>;
  /** Compute the learnt scorer's features and draft bare cues as well (for training). */
  withFeatures?: boolean;
}

const DEFAULT_SCORER: Scorer = "learnt";
const NO_DENSE = new Float32Array(0);

export function extractPieces(text: string, options: ExtractOptions = {}): ExtractedPiece[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const out: ExtractedPiece[] = [];
  for (const c of extractCandidates(text, options)) {
    // The candidates are this call's own, so each piece takes its confidence in place (a copy per
    // piece showed in profiles); the key is added last, as the copy added it.
    if (c.confidence >= minConfidence) {
      c.piece.confidence = c.confidence;
      out.push(c.piece);
    }
  }
  return out;
}

/** Every candidate with its confidence, features and where it came from (rules or a bare cue). */
export interface Candidate {
  piece: ExtractedPiece;
  confidence: number;
  source: CandidateSource;
  /** The rules' confidence, whichever scorer decides. */
  ruleConfidence: number;
  /** The learnt scorer's features: all of featuresOf() for training, else what the model reads. */
  features: string[];
  /** Word vectors of the span and its sentence (empty unless features are computed). */
  dense: Float32Array;
  /** Sentences in the text: how much context the learnt correction has to go by. */
  sentences: number;
}

export function extractCandidates(text: string, options: ExtractOptions = {}): Candidate[] {
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
  const subjects: (Token | null)[] = [];
  const roles = assignRoles(raw, roleCtx, subjects);
  const clauses = toClauses(raw, roles);
  attachFeatures(clauses, tokens, narrator, masks.masked);
  // Whose experience each clause tells and when: rows of lexicon/outside-session.ts read it.
  const frames = clauseFrames(raw, roles, roleCtx, narrator, subjects);

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
    frames,
  };

  const dialogue = detectDialogue(model, roleCtx);
  const experiences = detectExperiences(model, roleCtx);
  extendMemories(experiences, clauses);
  const answers = detectAnswers(model, experiences);
  const drafts: DraftPiece[] = mergeDrafts([...dialogue.pieces, ...experiences, ...answers], tokens);

  const learnt = (options.scorer ?? DEFAULT_SCORER) === "learnt";
  const drafted: [DraftPiece, CandidateSource][] = drafts.map((d) => [d, "rule"]);
  // Bare cues are drafted only for training, where they teach the model what is not an
  // experience; offering them lost in cross-validation.
  if (options.withFeatures) for (const d of cueCandidates(model, drafts)) drafted.push([d, "cue"]);
  const out: Candidate[] = [];
  // In use the model's word-vector term is read from projections (no vectors built); training
  // and the tests of the vectors ask for the vectors themselves.
  const denseTerm = learnt && options.withFeatures !== true ? denseTermFor(tokens, masks.masked) : undefined;
  const withFeatures = options.withFeatures === true || (learnt && !denseTerm);
  const wholeText = withFeatures ? textVector(model) : NO_DENSE;
  const sentenceVectors = new Map<number, Float32Array>();
  // The committed model reads only the biases of featuresOf(); the rest is computed for training.
  const allFeatures = options.withFeatures === true || (learnt && MODEL_READS_RULE_FEATURES);
  for (const [d, source] of drafted) {
    const piece = toPiece(d, read);
    if (!piece) continue;
    const ruleConfidence = confidenceOf(d, model, options.disabledRules);
    const features = allFeatures
      ? featuresOf(d, model, source, ruleConfidence)
      : learnt
        ? MODEL_READS_EXPERIENCER
          ? [...biasFeatures(d.kind, source), ...experiencerFeatures(d, model)]
          : biasFeatures(d.kind, source)
        : [];
    const dense = withFeatures ? denseOf(d, model, wholeText, sentenceVectors) : NO_DENSE;
    // The learnt model may veto a rule draft (a bare cue, drafted for training, takes its probability).
    const confidence = learnt
      ? Math.round(
          learntConfidence(
            MODEL_VETO,
            source,
            ruleConfidence,
            denseTerm
              ? probabilityWithTerm(
                  features,
                  denseTermOf(denseTerm, d, read),
                  ruleConfidence,
                  read.sentences.length,
                )
              : probabilityOf(features, dense, d.kind, ruleConfidence, read.sentences.length),
          ) * 100,
        ) / 100
      : ruleConfidence;
    out.push({
      piece,
      confidence,
      source,
      ruleConfidence,
      features,
      dense,
      sentences: read.sentences.length,
    });
  }
  return out.sort(
    (a, b) =>
      a.piece.start - b.piece.start ||
      KIND_ORDER.get(a.piece.kind)! - KIND_ORDER.get(b.piece.kind)! ||
      a.piece.end - b.piece.end,
  );
}

function denseTermOf(term: DenseTerm, d: DraftPiece, read: { sentences: readonly Sentence[] }): number {
  const s = read.sentences[d.sentence];
  return term(d.first, d.last, s?.first ?? 0, s?.last ?? 0);
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
