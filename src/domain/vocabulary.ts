// The controlled vocabularies of ../shared/spec/pieces.md and of the client record.
// Every other layer takes its enums from here.
import { z } from "zod";

export const PIECE_KINDS = [
  "memory",
  "visual",
  "sound",
  "taste",
  "smell",
  "temperature",
  "movement",
  "release",
  "inner_process",
  "body_sensation",
  "emotion",
  "character",
  "message",
  "insight",
] as const;
export const PieceKind = z.enum(PIECE_KINDS);
export type PieceKind = z.infer<typeof PieceKind>;

export const BODY_REGIONS = [
  "head",
  "forehead",
  "occiput",
  "temples",
  "face",
  "eyes",
  "ears",
  "nose",
  "mouth",
  "jaw",
  "throat",
  "neck",
  "shoulders",
  "arms",
  "hands",
  "chest",
  "heart",
  "lungs",
  "upper-back",
  "spine",
  "lower-back",
  "sacrum",
  "solar-plexus",
  "diaphragm",
  "abdomen",
  "stomach",
  "liver",
  "kidneys",
  "intestines",
  "bladder",
  "womb",
  "pelvis",
  "hips",
  "legs",
  "knees",
  "feet",
  "skin",
  "whole-body",
] as const;
export const BodyRegion = z.enum(BODY_REGIONS);
export type BodyRegion = z.infer<typeof BodyRegion>;

export const LATERALITIES = ["left", "right", "both"] as const;
export const Laterality = z.enum(LATERALITIES);
export type Laterality = z.infer<typeof Laterality>;

export const COLOURS = [
  "red",
  "orange",
  "yellow",
  "green",
  "blue",
  "purple",
  "pink",
  "brown",
  "black",
  "white",
  "grey",
  "gold",
  "silver",
  "turquoise",
] as const;
export const Colour = z.enum(COLOURS);
export type Colour = z.infer<typeof Colour>;

export const EMOTIONS = [
  "fear",
  "anxiety",
  "sadness",
  "anger",
  "shame",
  "guilt",
  "loneliness",
  "helplessness",
  "disgust",
  "joy",
  "love",
  "relief",
  "calm",
] as const;
export const Emotion = z.enum(EMOTIONS);
export type Emotion = z.infer<typeof Emotion>;

export const PERIODS = ["prenatal", "birth", "infancy", "childhood", "adolescence", "adulthood"] as const;
export const LifePeriod = z.enum(PERIODS);
export type LifePeriod = z.infer<typeof LifePeriod>;

export const TEMPERATURES = ["hot", "cold"] as const;
export const Temperature = z.enum(TEMPERATURES);
export type Temperature = z.infer<typeof Temperature>;

export const MOVEMENTS = ["movement", "spasm", "tremor"] as const;
export const MovementType = z.enum(MOVEMENTS);
export type MovementType = z.infer<typeof MovementType>;

export const ASPECTS = [
  "child",
  "protector",
  "critic",
  "parent",
  "ancestor",
  "animal",
  "guide",
  "other",
] as const;
export const CharacterAspect = z.enum(ASPECTS);
export type CharacterAspect = z.infer<typeof CharacterAspect>;

export const CONCERN_CATEGORIES = [
  "anxiety",
  "depression",
  "stress",
  "trauma",
  "pain",
  "illness",
  "other",
] as const;
export const ConcernCategory = z.enum(CONCERN_CATEGORIES);
export type ConcernCategory = z.infer<typeof ConcernCategory>;

/** A thread's status (character.ts builds the thread's schema on it). */
export const THREAD_STATUSES = ["open", "understood", "resolved"] as const;

export const ROLES = ["admin", "practitioner", "client"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** The piece fields that only some kinds carry (spec: "Kind-specific fields"). */
export const KIND_SPECIFIC_FIELDS = [
  "age",
  "period",
  "colours",
  "temperature",
  "movement",
  "emotions",
  "character",
  "aspect",
] as const;
export type KindSpecificField = (typeof KIND_SPECIFIC_FIELDS)[number];

/** Which kind-specific fields a kind carries (spec: "Kind-specific fields"). */
export const KIND_FIELDS: Record<PieceKind, readonly KindSpecificField[]> = {
  memory: ["age", "period"],
  visual: ["colours"],
  sound: [],
  taste: [],
  smell: [],
  temperature: ["temperature"],
  movement: ["movement"],
  release: [],
  inner_process: [],
  body_sensation: [],
  emotion: ["emotions"],
  character: ["character", "aspect"],
  message: ["character"],
  insight: [],
};
