// Word classes that say whose experience a clause tells and when it holds (document/experiencer.ts):
// the people a subject may name, and the markers of a general or habitual statement.

/** Person nouns of no one in particular, or of many: "people often feel", "clients report". */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "people",
  "person",
  "persons",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "everyone",
  "everybody",
  "one",
  "others",
  "clients",
  "patients",
  "individuals",
  "adults",
  "children",
  "kids",
  "babies",
  "folks",
  "recipients",
  "receivers",
  "practitioners",
  "therapists",
  "bodyworkers",
  "humans",
  "women",
  "men",
]);

/** Quantifiers that make a plural subject general: "many", "most", "some of us". */
export const GENERIC_QUANTIFIERS: ReadonlySet<string> = new Set([
  "many",
  "most",
  "some",
  "all",
  "few",
  "several",
  "each",
  "every",
  "any",
]);

/** People of the writer's life named by their tie: "her mother was angry", "my friend laughed". */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  "mother",
  "mom",
  "mum",
  "father",
  "dad",
  "parent",
  "parents",
  "husband",
  "wife",
  "partner",
  "boyfriend",
  "girlfriend",
  "son",
  "daughter",
  "brother",
  "sister",
  "sibling",
  "friend",
  "friends",
  "grandmother",
  "grandfather",
  "grandma",
  "grandpa",
  "aunt",
  "uncle",
  "cousin",
  "colleague",
  "boss",
  "teacher",
  "doctor",
  "nurse",
  "family",
  "student",
  "students",
  "classmate",
  "neighbour",
  "neighbor",
  "baby",
  "child",
]);

/** Adverbs and frames of what happens often or always, not once in this session. */
export const HABITUAL_MARKERS: ReadonlySet<string> = new Set([
  "often",
  "usually",
  "always",
  "sometimes",
  "generally",
  "typically",
  "commonly",
  "frequently",
  "rarely",
  "seldom",
  "normally",
  "occasionally",
  "whenever",
  "tend",
  "tends",
  "prone",
  "daily",
  "routinely",
  "constantly",
  "regularly",
  "uncommon",
  "common",
]);

/**
 * Forms after "have been" that tell a history of treatments or activities, however long ("I've been
 * receiving reflexology for a decade", "she had been seeing a chiropractor"): no pattern of the self.
 * Forms, not lemmas: "been seen", "been used to" are no history.
 */
export const HISTORY_FORMS: ReadonlySet<string> = new Set([
  "having",
  "receiving",
  "seeing",
  "taking",
  "attending",
  "going",
  "doing",
  "using",
  "visiting",
]);

/**
 * Verbs of a practitioner's hands: with I or we as subject, the writer is treating ("I cradled her
 * head"; document/experiencer.ts), and "I held" weighs towards a practitioner narrator
 * (document/narrator.ts).
 */
export const TREATING_VERBS: ReadonlySet<string> = new Set([
  "hold",
  "place",
  "cradle",
  "palpate",
  "contact",
  "decompress",
  "treat",
  "cup",
  "touch",
  "press",
  "massage",
  "work",
]);

/** Verbs of where the writer's hands begin or end at a place ("I start at the feet"; narrator.ts). */
export const STARTING_VERBS: ReadonlySet<string> = new Set(["start", "begin", "finish", "end"]);
