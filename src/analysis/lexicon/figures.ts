// Figures that can appear as characters (spec: "character", "aspect"): head nouns with the aspect
// they usually stand for. Context can change the aspect (see detect/characters.ts).
import type { CharacterAspect } from "../../domain";

export const FIGURE_HEADS: readonly (readonly [string, CharacterAspect])[] = [
  // a younger self
  ["girl", "child"], ["boy", "child"], ["child", "child"], ["kid", "child"], ["baby", "child"], ["toddler", "child"],
  ["infant", "child"], ["teenager", "child"], ["teen", "child"], ["youngster", "child"], ["little one", "child"],
  ["inner child", "child"], ["younger self", "child"], ["younger me", "child"], ["little me", "child"],
  ["schoolgirl", "child"], ["schoolboy", "child"],
  // parents
  ["mother", "parent"], ["mom", "parent"], ["mum", "parent"], ["mommy", "parent"], ["mummy", "parent"],
  ["mama", "parent"], ["father", "parent"], ["dad", "parent"], ["daddy", "parent"], ["papa", "parent"],
  ["parent", "parent"],
  // ancestors
  ["grandmother", "ancestor"], ["grandfather", "ancestor"], ["grandma", "ancestor"], ["grandpa", "ancestor"],
  ["granny", "ancestor"], ["gran", "ancestor"], ["grandad", "ancestor"], ["granddad", "ancestor"],
  ["nana", "ancestor"], ["nani", "ancestor"], ["nan", "ancestor"], ["abuela", "ancestor"], ["abuelo", "ancestor"],
  ["oma", "ancestor"], ["opa", "ancestor"], ["ancestor", "ancestor"], ["elder", "ancestor"],
  ["great-grandmother", "ancestor"], ["great-grandfather", "ancestor"], ["forebear", "ancestor"],
  // animals
  ["wolf", "animal"], ["fox", "animal"], ["bear", "animal"], ["owl", "animal"], ["eagle", "animal"],
  ["hawk", "animal"], ["raven", "animal"], ["crow", "animal"], ["dog", "animal"], ["puppy", "animal"],
  ["cat", "animal"], ["kitten", "animal"], ["horse", "animal"], ["pony", "animal"], ["deer", "animal"],
  ["stag", "animal"], ["doe", "animal"], ["snake", "animal"], ["serpent", "animal"], ["lion", "animal"],
  ["lioness", "animal"], ["tiger", "animal"], ["dolphin", "animal"], ["whale", "animal"], ["turtle", "animal"],
  ["tortoise", "animal"], ["rabbit", "animal"], ["hare", "animal"], ["butterfly", "animal"], ["panther", "animal"],
  ["jaguar", "animal"], ["elephant", "animal"], ["buffalo", "animal"], ["bison", "animal"], ["coyote", "animal"],
  ["heron", "animal"], ["swan", "animal"], ["spider", "animal"], ["bird", "animal"], ["dove", "animal"],
  ["lamb", "animal"], ["otter", "animal"], ["badger", "animal"], ["hummingbird", "animal"], ["dragon", "animal"],
  ["unicorn", "animal"], ["salmon", "animal"], ["frog", "animal"], ["mouse", "animal"], ["monkey", "animal"],
  ["gorilla", "animal"], ["bull", "animal"], ["cow", "animal"], ["goat", "animal"], ["ox", "animal"],
  // guides
  ["doctor", "guide"], ["healer", "guide"], ["guide", "guide"], ["angel", "guide"], ["being of light", "guide"],
  ["light being", "guide"], ["sage", "guide"], ["monk", "guide"], ["nun", "guide"], ["shaman", "guide"],
  ["medicine woman", "guide"], ["medicine man", "guide"], ["wise woman", "guide"], ["wise man", "guide"],
  ["wise one", "guide"], ["inner physician", "guide"], ["physician", "guide"], ["priest", "guide"],
  ["priestess", "guide"], ["teacher", "guide"], ["mentor", "guide"], ["older self", "guide"],
  ["future self", "guide"], ["wizard", "guide"], ["goddess", "guide"], ["fairy", "guide"], ["crone", "guide"],
  // protectors
  ["guardian", "protector"], ["guard", "protector"], ["warrior", "protector"], ["knight", "protector"],
  ["soldier", "protector"], ["sentinel", "protector"], ["protector", "protector"], ["gatekeeper", "protector"],
  ["bodyguard", "protector"], ["defender", "protector"], ["watchman", "protector"],
  // critics
  ["critic", "critic"], ["inner critic", "critic"], ["judge", "critic"], ["headmistress", "critic"],
  ["headmaster", "critic"], ["taskmaster", "critic"], ["drill sergeant", "critic"],
  // others
  ["woman", "other"], ["man", "other"], ["lady", "other"], ["gentleman", "other"], ["figure", "other"],
  ["stranger", "other"], ["person", "other"], ["presence", "other"], ["shadow", "other"], ["creature", "other"],
  ["monster", "other"], ["giant", "other"], ["ghost", "other"], ["king", "other"], ["queen", "other"],
  ["prince", "other"], ["princess", "other"], ["witch", "other"], ["clown", "other"], ["sailor", "other"],
  ["old woman", "other"], ["old man", "other"], ["voice", "other"], ["being", "other"], ["spirit", "other"],
];

/** Adjectives that are part of a figure's name ("little girl", "old doctor"); other adjectives are description. */
export const NAMING_ADJECTIVES: ReadonlySet<string> = new Set([
  "little", "old", "older", "young", "younger", "teenage", "wise", "inner", "baby", "elderly", "tiny",
]);

/** Words around a figure that show the part it plays, whatever it is. */
export const ASPECT_CONTEXT: readonly (readonly [string, CharacterAspect])[] = [
  ["guard", "protector"], ["guarding", "protector"], ["protect", "protector"], ["protecting", "protector"],
  ["protective", "protector"], ["shield", "protector"], ["shielding", "protector"], ["defend", "protector"],
  ["defending", "protector"], ["keep everyone out", "protector"], ["kept everyone out", "protector"],
  ["keeping everyone out", "protector"], ["standing between", "protector"], ["stood between", "protector"],
  ["keep me safe", "protector"], ["kept me safe", "protector"], ["keep her safe", "protector"],
  ["keep him safe", "protector"], ["criticise", "critic"], ["criticize", "critic"], ["criticising", "critic"],
  ["criticizing", "critic"], ["critical", "critic"], ["scold", "critic"], ["scolding", "critic"],
  ["judging", "critic"], ["disapproving", "critic"], ["not good enough", "critic"], ["never good enough", "critic"],
  ["tutting", "critic"], ["tutted", "critic"], ["wagging a finger", "critic"], ["wagged a finger", "critic"],
  ["frowning at", "critic"], ["growled at", "protector"], ["growling at", "protector"], ["lay across", "protector"],
  ["stood guard", "protector"], ["standing guard", "protector"], ["watching over", "protector"], ["watched over", "protector"],
  ["wise", "guide"], ["wisdom", "guide"], ["of light", "guide"], ["glowing", "guide"],
];

/** Words that tie a figure to the client's own self ("my own voice but older", "me at sixteen"). */
export const SELF_WORDS: ReadonlySet<string> = new Set(["me", "myself", "herself", "himself", "self", "own"]);

/** Figures referred to as "she". */
export const FEMALE_FIGURES: ReadonlySet<string> = new Set([
  "girl", "woman", "lady", "mother", "mom", "mum", "mommy", "mummy", "mama", "grandmother", "grandma", "granny",
  "gran", "nana", "nani", "nan", "abuela", "oma", "queen", "princess", "witch", "nun", "priestess", "goddess",
  "crone", "schoolgirl", "headmistress", "lioness", "doe", "great-grandmother", "medicine woman", "wise woman",
  "old woman", "fairy",
]);
/** Figures referred to as "he". */
export const MALE_FIGURES: ReadonlySet<string> = new Set([
  "boy", "man", "gentleman", "father", "dad", "daddy", "papa", "grandfather", "grandpa", "grandad", "granddad",
  "abuelo", "opa", "king", "prince", "monk", "wizard", "schoolboy", "headmaster", "knight", "great-grandfather",
  "medicine man", "wise man", "old man", "stag", "bull",
]);
