// Closed-class words the detectors share (issue 17: each word class named once): the persons of an
// account as pronouns, the auxiliaries that open a cue, and the shape of a comparative.

/** Subject pronouns of a person of the account: the client, the practitioner, a figure ("she sighed"). */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(["i", "she", "he", "we", "they"]);

/** The same with "you", for ages told to or of the reader ("when you were six"). */
export const PERSON_SUBJECTS_WITH_YOU: ReadonlySet<string> = new Set([...PERSON_SUBJECTS, "you"]);

/** Words of the first and second person, by which words are told as said ("I am tired", "you can rest"). */
export const SPEAKING_PERSONS: readonly string[] = ["i", "me", "my", "you", "your", "we", "us"];

/** The self as an object: "a part of me", "something inside her", "a part of us". */
export const SELF_OBJECTS: ReadonlySet<string> = new Set([
  "me",
  "her",
  "him",
  "us",
  "myself",
  "herself",
  "himself",
]);

/** A person as a verb's object ("I love her", "I loved you"): the self's objects, with "you" and "them". */
export const PERSON_OBJECTS: ReadonlySet<string> = new Set([...SELF_OBJECTS, "you", "them", "yourself"]);

/** Possessives of a person of the account ("my", "her"), as they date or place something. */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["my", "her", "his", "their", "your"]);

/** "I", "we", "she", "he": who tells or is told a process of their own (not "they", not "you"). */
export const OWN_ACCOUNT_SUBJECTS: ReadonlySet<string> = new Set(["i", "we", "she", "he"]);

/** The auxiliaries of the present perfect ("I have", "I've", "she has"). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["have", "'ve", "has"]);

/** Possessives of the client, the writer or a figure in an account ("my body", "her little girl"). */
export const ACCOUNT_POSSESSIVES: ReadonlySet<string> = new Set(["my", "her", "his"]);

/** Reflexives of a person of the account ("I told myself", "she saw herself"). */
export const ACCOUNT_REFLEXIVES: ReadonlySet<string> = new Set(["myself", "herself", "himself"]);

/** Object pronouns of someone or something named ("called him", "named it"). */
export const NAMED_OBJECTS: ReadonlySet<string> = new Set(["him", "her", "it", "them"]);

/** Lemmas of the verbs that put a question or words to someone ("asked the bear", "told it"). */
export const ASKING_LEMMAS: ReadonlySet<string> = new Set(["ask", "tell"]);

/** The writer's own possessives, singular and plural: "my inner child", "our little one". */
export const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["my", "our"]);

/** "a", "an": an indefinite noun phrase ("as a toddler", "a wolf came"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Relative pronouns that open a clause on what came before ("a tightness that eased"). */
export const RELATIVE_THAT: ReadonlySet<string> = new Set(["that", "which"]);

/** Lemmas of verbs of how a thing looks ("it looked like", "seemed as if"): a likeness seen. */
export const APPEARANCE_VERBS: ReadonlySet<string> = new Set(["look", "seem", "appear"]);

/** Lemmas of verbs before "like" that tell a likeness felt or heard ("felt like", "sounded like"). */
export const LIKENESS_VERBS: ReadonlySet<string> = new Set(["feel", "seem", "sound"]);

/** Possessive determiners, of a person or a thing ("my knee", "its voice"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  "my",
  "her",
  "his",
  "their",
  "your",
  "its",
  "our",
]);

/** Modal verbs: what can, may or would be, not what was. */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  "can",
  "could",
  "may",
  "might",
  "would",
  "will",
  "should",
  "must",
]);

/** Parts of speech of content words (what word vectors and content features read). */
export const CONTENT_POS: ReadonlySet<string> = new Set(["NOUN", "VERB", "ADJ", "ADV"]);

/**
 * Words that make a clause's subject a person of the account (the client, the practitioner, a
 * figure; "you" as well): subject pronouns and the possessives of "my neck", "her breath".
 */
export const PERSONAL_LEADS: ReadonlySet<string> = new Set([
  "i",
  "my",
  "me",
  "she",
  "he",
  "her",
  "his",
  "we",
  "our",
  "you",
  "your",
]);

/** Third-person words of a person, as a narrator test counts them. */
export const THIRD_PERSON: ReadonlySet<string> = new Set([
  "she",
  "he",
  "her",
  "his",
  "him",
  "herself",
  "himself",
]);

/** First words of a cue that says a need is over ("don't need", "no longer need", "can stop"). */
export const NEED_CUE_START: ReadonlySet<string> = new Set(["do", "don't", "no", "can"]);

/** Comparatives and "better"/"worse" by their shape: "looser", "lighter", "better". */
export const COMPARATIVE = /^(better|worse|.{3,}er)$/;
