// Shapes shared by the extractor's stages. Pieces are drafted on token ranges and only turned
// into character offsets at the end, so every span is cut from the source itself.
import type {
  BodyRegion,
  CharacterAspect,
  Colour,
  Emotion,
  Laterality,
  LifePeriod,
  MovementType,
  PieceKind,
  Temperature,
} from "../domain";
import type { Cue } from "./lexicon/cues";
import type { ReadText, Token } from "./text/read-text";
import type { ExperiencerView } from "./document/experiencer";

/** Who writes: the practitioner about a client, or the client about themself. */
export type Narrator = "practitioner" | "client";

export type ClauseRole = "experience" | "technique" | "prompt" | "check-in" | "plan";

// Mentions found by features/ live here, so the stages' shared model depends on no stage.
export interface LifeTime {
  age: number | null;
  period: LifePeriod | null;
  first: number;
  last: number;
  /** Strong forms ("when I was six", "as a teenager") stand alone; weak ones ("at nine") need a memory cue. */
  strong: boolean;
}

export interface ColourMention {
  colour: Colour;
  first: number;
  last: number;
}

export interface EmotionMention {
  emotion: Emotion;
  first: number;
  last: number;
  /** Joy shown by the writer's face or voice ("I smiled"): the writer's own only in a client's text. */
  byWriter?: boolean;
}

export interface RegionMention {
  region: BodyRegion;
  first: number;
  last: number;
  laterality: Laterality | null;
  /** The words as written, lower case, without possessive ("lower back"). */
  words: string;
}

export interface Clause {
  index: number;
  sentence: number;
  first: number;
  /** Token index after the clause. */
  last: number;
  /** Starts with a verb whose subject is the previous clause's ("... and then jerked twice"). */
  elided: boolean;
  role: ClauseRole;
  regions: RegionMention[];
  colours: ColourMention[];
  emotions: EmotionMention[];
  lifeTimes: LifeTime[];
}

export interface CueHit {
  cue: Cue;
  first: number;
  last: number;
}

export interface DraftPiece {
  kind: PieceKind;
  sentence: number;
  /** Token range of the span, last exclusive. */
  first: number;
  last: number;
  regions: BodyRegion[];
  laterality: Laterality | null;
  age?: number | null;
  period?: LifePeriod | null;
  colours?: Colour[];
  temperature?: Temperature | null;
  movement?: MovementType | null;
  emotions?: Emotion[];
  character?: string | null;
  aspect?: CharacterAspect | null;
  /** Kind-specific merge key: pieces with different keys stay apart (crying and tissue release). */
  group?: string;
  /** The figure a character piece presents; its aspect may be settled later in the text. */
  figure?: { aspect: CharacterAspect };
}

/** What the stages share about one text. */
export interface TextModel {
  read: ReadText;
  tokens: Token[];
  narrator: Narrator;
  /** Lower-case names of the practitioner (in a client's text) and of the client (in a practitioner's). */
  therapistNames: Set<string>;
  clientNames: Set<string>;
  /** Tokens inside idioms and non-body phrases: never cues or regions. */
  masked: Uint8Array;
  /** Tokens inside spoken words of a conversation: 1 a figure's (only the message covers them), 2 the client's to it (emotions in them still count). */
  speech: Uint8Array;
  /** Emotions named by idioms, by token index of the idiom's first token. */
  idiomEmotions: Map<number, { emotion: Emotion; last: number }>;
  cues: CueHit[];
  clauses: Clause[];
  /** Index of the clause holding each token (-1 for none). */
  clauseAt: Int32Array;
  /** Whose experience each clause tells and when (document/experiencer.ts), by clause index. */
  frames: ExperiencerView;
}
