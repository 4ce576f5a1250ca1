// Body words -> region ids of the spec ("Body regions"). Plurals and lemma forms are matched by the
// phrase matcher; everyday words, anatomical terms and the spec's own mappings are listed.
import type { BodyRegion } from "../../domain";

export const REGION_PHRASES: readonly (readonly [string, BodyRegion])[] = [
  ["head", "head"], ["skull", "head"], ["crown of the head", "head"], ["scalp", "head"], ["brain", "head"],
  ["forehead", "forehead"], ["brow", "forehead"], ["third eye", "forehead"],
  ["occiput", "occiput"], ["occipital", "occiput"], ["back of the head", "occiput"], ["back of my head", "occiput"],
  ["back of her head", "occiput"], ["back of his head", "occiput"], ["back of their head", "occiput"],
  ["back of your head", "occiput"], ["base of the skull", "occiput"], ["base of her skull", "occiput"],
  ["base of his skull", "occiput"], ["base of my skull", "occiput"], ["cranial base", "occiput"],
  ["temple", "temples"], ["temples", "temples"],
  ["face", "face"], ["cheek", "face"], ["cheeks", "face"],
  ["eye", "eyes"], ["eyes", "eyes"], ["eyelid", "eyes"], ["eyelids", "eyes"], ["eye socket", "eyes"],
  ["ear", "ears"], ["ears", "ears"],
  ["nose", "nose"], ["nostril", "nose"], ["sinuses", "nose"],
  ["mouth", "mouth"], ["lips", "mouth"], ["lip", "mouth"], ["tongue", "mouth"], ["teeth", "mouth"],
  ["tooth", "mouth"], ["gums", "mouth"], ["palate", "mouth"],
  ["jaw", "jaw"], ["jaws", "jaw"], ["jawline", "jaw"], ["tmj", "jaw"], ["chin", "jaw"],
  ["throat", "throat"], ["larynx", "throat"], ["voice box", "throat"],
  ["neck", "neck"], ["nape", "neck"],
  ["shoulder", "shoulders"], ["shoulders", "shoulders"],
  ["arm", "arms"], ["arms", "arms"], ["forearm", "arms"], ["elbow", "arms"], ["upper arm", "arms"], ["wrist", "arms"],
  ["hand", "hands"], ["hands", "hands"], ["palm", "hands"], ["palms", "hands"], ["finger", "hands"],
  ["fingers", "hands"], ["fist", "hands"], ["fists", "hands"], ["thumb", "hands"], ["knuckles", "hands"],
  ["fingertips", "hands"],
  ["chest", "chest"], ["sternum", "chest"], ["breastbone", "chest"], ["rib", "chest"], ["ribs", "chest"],
  ["ribcage", "chest"], ["rib cage", "chest"], ["collarbone", "chest"], ["collarbones", "chest"],
  ["clavicle", "chest"], ["breast", "chest"], ["breasts", "chest"],
  ["heart", "heart"], ["heart area", "heart"],
  ["lung", "lungs"], ["lungs", "lungs"],
  ["upper back", "upper-back"], ["shoulder blade", "upper-back"], ["shoulder blades", "upper-back"],
  ["between her shoulder blades", "upper-back"], ["thoracic spine", "upper-back"],
  ["spine", "spine"], ["backbone", "spine"], ["vertebrae", "spine"], ["vertebra", "spine"], ["spinal cord", "spine"],
  ["lower back", "lower-back"], ["low back", "lower-back"], ["lumbar", "lower-back"], ["small of the back", "lower-back"],
  ["small of her back", "lower-back"], ["small of his back", "lower-back"], ["small of my back", "lower-back"],
  ["sacrum", "sacrum"], ["tailbone", "sacrum"], ["coccyx", "sacrum"],
  ["solar plexus", "solar-plexus"],
  ["diaphragm", "diaphragm"],
  ["belly", "abdomen"], ["tummy", "abdomen"], ["gut", "abdomen"], ["navel", "abdomen"], ["belly button", "abdomen"],
  ["abdomen", "abdomen"], ["lower belly", "abdomen"], ["midsection", "abdomen"],
  ["stomach", "stomach"],
  ["liver", "liver"],
  ["kidney", "kidneys"], ["kidneys", "kidneys"],
  ["intestine", "intestines"], ["intestines", "intestines"], ["bowel", "intestines"], ["bowels", "intestines"],
  ["colon", "intestines"],
  ["bladder", "bladder"],
  ["womb", "womb"], ["uterus", "womb"],
  ["pelvis", "pelvis"], ["pelvic floor", "pelvis"], ["pelvic bowl", "pelvis"], ["groin", "pelvis"],
  ["hip", "hips"], ["hips", "hips"],
  ["leg", "legs"], ["legs", "legs"], ["thigh", "legs"], ["thighs", "legs"], ["calf", "legs"], ["calves", "legs"],
  ["shin", "legs"], ["shins", "legs"],
  ["knee", "knees"], ["knees", "knees"],
  ["foot", "feet"], ["feet", "feet"], ["toe", "feet"], ["toes", "feet"], ["ankle", "feet"], ["ankles", "feet"],
  ["heel", "feet"], ["heels", "feet"], ["sole", "feet"], ["soles", "feet"],
  ["skin", "skin"],
  ["whole body", "whole-body"], ["entire body", "whole-body"], ["all over", "whole-body"], ["body", "whole-body"],
  ["whole of her body", "whole-body"], ["whole of his body", "whole-body"], ["whole of my body", "whole-body"],
  ["head to toe", "whole-body"], ["veins", "whole-body"], ["bloodstream", "whole-body"],
];

/**
 * Phrases in which a body word is not the client's body: places, measures, idioms.
 * Matching one masks the body word inside it.
 */
export const NOT_BODY_PHRASES: readonly string[] = [
  "foot of the", "feet away", "foot away", "feet tall", "feet high", "foot tall", "on foot", "head of the",
  "at the head", "heart attack", "heart attacks", "heart rate", "heart of the matter", "by heart",
  "heart condition", "heart disease", "on the other hand", "on one hand", "hand in hand",
  "first hand", "neck of the woods", "back and forth", "face to face", "in the face of", "temple bells",
  "temple bell", "a hand with", "in hand", "hands down", "by ear", "keep an eye", "kept an eye",
  "eye contact", "head start", "headed", "heads up", "arm's length", "at arm's length", "body of water",
  "body of work", "pain in the neck", "cold shoulder", "cold feet", "get off my chest", "off her chest",
  "off his chest", "off my chest", "face up", "face down", "body work", "bodywork",
];

/** Vertebral levels name a region: C1-C7 neck, T1-T12 upper back, L1-L5 lower back, S1-S5 sacrum. */
export function regionOfVertebra(word: string): "neck" | "upper-back" | "lower-back" | "sacrum" | null {
  const m = /^([ctls])(\d{1,2})$/i.exec(word);
  if (!m) return null;
  const n = Number(m[2]);
  switch (m[1]!.toLowerCase()) {
    case "c":
      return n >= 1 && n <= 7 ? "neck" : null;
    case "t":
      return n >= 1 && n <= 12 ? "upper-back" : null;
    case "l":
      return n >= 1 && n <= 5 ? "lower-back" : null;
    default:
      return n >= 1 && n <= 5 ? "sacrum" : null;
  }
}
