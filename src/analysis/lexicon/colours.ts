// Colour words -> the spec's basic colour terms (spec: "colours"; shades map to the nearest term).
import type { Colour } from "../../domain";

export const COLOUR_PHRASES: readonly (readonly [string, Colour])[] = [
  ["red", "red"], ["reddish", "red"], ["crimson", "red"], ["scarlet", "red"], ["ruby", "red"], ["cherry", "red"],
  ["maroon", "red"], ["burgundy", "red"], ["vermilion", "red"], ["blood-red", "red"], ["rust", "red"],
  ["cardinal", "red"], ["wine-red", "red"], ["brick-red", "red"], ["rose-red", "red"],
  ["orange", "orange"], ["amber", "orange"], ["tangerine", "orange"], ["apricot", "orange"], ["coral", "orange"],
  ["peach", "orange"], ["copper", "orange"], ["saffron", "orange"], ["ochre", "orange"],
  ["yellow", "yellow"], ["yellowish", "yellow"], ["lemon", "yellow"], ["mustard", "yellow"], ["canary", "yellow"],
  ["buttery", "yellow"], ["primrose", "yellow"], ["sunflower", "yellow"],
  ["green", "green"], ["greenish", "green"], ["emerald", "green"], ["jade", "green"], ["olive", "green"],
  ["lime", "green"], ["sage", "green"], ["mint", "green"], ["forest green", "green"], ["moss", "green"],
  ["blue", "blue"], ["bluish", "blue"], ["navy", "blue"], ["azure", "blue"], ["indigo", "blue"],
  ["sky blue", "blue"], ["sky-blue", "blue"], ["cobalt", "blue"], ["sapphire", "blue"], ["cerulean", "blue"],
  ["cornflower", "blue"], ["royal blue", "blue"], ["baby blue", "blue"], ["ultramarine", "blue"],
  ["purple", "purple"], ["violet", "purple"], ["lilac", "purple"], ["lavender", "purple"], ["magenta", "purple"],
  ["mauve", "purple"], ["plum", "purple"], ["amethyst", "purple"], ["purplish", "purple"], ["fuchsia", "purple"],
  ["pink", "pink"], ["pinkish", "pink"], ["rose", "pink"], ["rosy", "pink"], ["salmon", "pink"], ["blush", "pink"],
  ["brown", "brown"], ["brownish", "brown"], ["chocolate", "brown"], ["tan", "brown"], ["beige", "brown"],
  ["chestnut", "brown"], ["umber", "brown"], ["sepia", "brown"], ["tawny", "brown"], ["khaki", "brown"],
  ["black", "black"], ["blackish", "black"], ["jet-black", "black"], ["pitch-black", "black"], ["ebony", "black"],
  ["inky", "black"], ["coal-black", "black"],
  ["white", "white"], ["whitish", "white"], ["cream", "white"], ["ivory", "white"], ["snow-white", "white"],
  ["milky", "white"], ["pearly", "white"], ["off-white", "white"], ["alabaster", "white"],
  ["grey", "grey"], ["gray", "grey"], ["greyish", "grey"], ["grayish", "grey"], ["silvery-grey", "grey"],
  ["charcoal", "grey"], ["ashen", "grey"], ["slate", "grey"], ["smoky", "grey"], ["pewter", "grey"],
  ["gold", "gold"], ["golden", "gold"], ["gilded", "gold"], ["gold-coloured", "gold"],
  ["silver", "silver"], ["silvery", "silver"], ["silvered", "silver"],
  ["turquoise", "turquoise"], ["teal", "turquoise"], ["aqua", "turquoise"], ["aquamarine", "turquoise"],
  ["cyan", "turquoise"],
];

/**
 * Shade words that are also ordinary nouns or verbs ("a lemon", "the warmth rose", "rust", "sage"):
 * they count as colours only directly before a noun ("a plum dress", "a cream sari"), after
 * "colour of", or before "-coloured".
 */
export const AMBIGUOUS_SHADES: ReadonlySet<string> = new Set([
  "cherry", "rust", "cardinal", "apricot", "coral", "peach", "copper", "saffron", "lemon", "mustard", "canary",
  "primrose", "sunflower", "olive", "lime", "sage", "mint", "moss", "cornflower", "plum", "rose", "salmon",
  "blush", "chocolate", "tan", "chestnut", "cream", "slate", "jade", "ebony", "charcoal", "khaki", "pearly",
  "smoky", "milky", "sapphire", "amethyst", "ruby", "alabaster", "umber", "sepia", "ochre", "tawny", "inky",
  "lilac", "lavender",
]);
