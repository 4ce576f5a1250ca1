// Short constructors for the demo data, so each client file reads like session notes.
import {
  periodForAge,
  type BodyRegion,
  type CharacterAspect,
  type Colour,
  type Emotion,
  type Laterality,
  type LifePeriod,
  type TechniqueApplied,
} from "../domain";
import type { DemoPiece } from "./demo-types";

interface More {
  regions?: BodyRegion[];
  laterality?: Laterality | null;
  threads?: string[];
  occurrence?: number;
}

const common = (quote: string, more: More) => ({
  quote,
  regions: more.regions ?? [],
  laterality: more.laterality ?? null,
  threads: more.threads ?? [],
  ...(more.occurrence === undefined ? {} : { occurrence: more.occurrence }),
});

/** Period follows the age when one is given (spec: "Derived from age when an age is given"). */
export const memory = (
  quote: string,
  age: number | null,
  more: More & { period?: LifePeriod | null } = {},
): DemoPiece => ({
  kind: "memory",
  ...common(quote, more),
  age,
  period: age === null ? (more.period ?? null) : periodForAge(age),
});
export const visual = (quote: string, colours: Colour[], more: More = {}): DemoPiece => ({
  kind: "visual",
  ...common(quote, more),
  colours,
});
export const sound = (quote: string, more: More = {}): DemoPiece => ({
  kind: "sound",
  ...common(quote, more),
});
export const taste = (quote: string, more: More = {}): DemoPiece => ({
  kind: "taste",
  ...common(quote, more),
});
export const smell = (quote: string, more: More = {}): DemoPiece => ({
  kind: "smell",
  ...common(quote, more),
});
export const temperature = (quote: string, temp: "hot" | "cold", more: More = {}): DemoPiece => ({
  kind: "temperature",
  ...common(quote, more),
  temperature: temp,
});
export const movement = (
  quote: string,
  type: "movement" | "spasm" | "tremor",
  more: More = {},
): DemoPiece => ({
  kind: "movement",
  ...common(quote, more),
  movement: type,
});
export const release = (quote: string, more: More = {}): DemoPiece => ({
  kind: "release",
  ...common(quote, more),
});
export const innerProcess = (quote: string, more: More = {}): DemoPiece => ({
  kind: "inner_process",
  ...common(quote, more),
});
export const sensation = (quote: string, more: More = {}): DemoPiece => ({
  kind: "body_sensation",
  ...common(quote, more),
});
export const emotion = (quote: string, emotions: Emotion[], more: More = {}): DemoPiece => ({
  kind: "emotion",
  ...common(quote, more),
  emotions,
});
export const character = (
  quote: string,
  label: string,
  aspect: CharacterAspect,
  more: More = {},
): DemoPiece => ({
  kind: "character",
  ...common(quote, more),
  character: label,
  aspect,
});
export const message = (quote: string, label: string, more: More = {}): DemoPiece => ({
  kind: "message",
  ...common(quote, more),
  character: label,
});
export const insight = (quote: string, more: More = {}): DemoPiece => ({
  kind: "insight",
  ...common(quote, more),
});

const technique = (
  name: string,
  regions: BodyRegion[],
  laterality: Laterality | null = null,
  notes = "",
): TechniqueApplied => ({ technique: name, regions, laterality, notes });

/** The techniques as a CST practitioner names them; regions are where the hands work. */
export const T = {
  stillPoint: (notes = "") => technique("Still point induction (CV4)", ["occiput"], null, notes),
  pelvicDiaphragm: (notes = "") => technique("Pelvic diaphragm release", ["pelvis"], null, notes),
  respiratoryDiaphragm: (notes = "") =>
    technique("Respiratory diaphragm release", ["diaphragm"], null, notes),
  thoracicInlet: (notes = "", laterality: Laterality | null = null) =>
    technique("Thoracic inlet release", ["chest", "neck"], laterality, notes),
  hyoid: (notes = "") => technique("Hyoid release", ["throat"], null, notes),
  occipitalBase: (notes = "") =>
    technique("Occipital cranial base release", ["occiput", "neck"], null, notes),
  sacrum: (notes = "", laterality: Laterality | null = null) =>
    technique("Sacral mobilisation", ["sacrum", "pelvis"], laterality, notes),
  duralTube: (notes = "") =>
    technique("Dural tube traction and glide", ["spine", "sacrum", "occiput"], null, notes),
  frontalLift: (notes = "") => technique("Frontal lift", ["forehead"], null, notes),
  parietalLift: (notes = "") => technique("Parietal lift", ["head"], null, notes),
  temporal: (notes = "") =>
    technique("Temporal techniques (ear pull, temporal rocking)", ["temples", "ears"], "both", notes),
  tmj: (laterality: Laterality | null = "both", notes = "") =>
    technique("TMJ decompression", ["jaw"], laterality, notes),
  arcing: (regions: BodyRegion[], laterality: Laterality | null, notes: string) =>
    technique("Arcing", regions, laterality, notes),
  significanceDetector: (regions: BodyRegion[], notes: string) =>
    technique("Significance detector", regions, null, notes),
  energyCyst: (regions: BodyRegion[], laterality: Laterality | null, notes: string) =>
    technique("Energy cyst release", regions, laterality, notes),
  dialogue: (regions: BodyRegion[], notes: string) =>
    technique("Therapeutic imagery and dialogue", regions, null, notes),
};
