// What a text says that is not an experience of this session, as rows of data (issue 17:
// "what is not a piece"). Each row names the words that show it, where they are looked for, the
// kinds it bears on, and how much it lowers a suggestion's confidence; its examples and
// counter-examples are checked by test/analysis/outside-session.test.ts.
// Phrases follow the lexicon convention: base forms match inflections, "=" asks for the exact form.
import { PIECE_KINDS, type PieceKind } from "../../domain";
import type { Experiencer, Tense } from "../document/experiencer";
import { RELATION_NOUNS } from "./experiencer";

/**
 * Where a rule looks, relative to a suggestion:
 * span — its own words; lead — the first words of the clause it starts in (where a subject sits);
 * sentence-lead — the first word of its sentence (its subject); sentence-start — its first few words;
 * sentence — anywhere in its sentence; around — its sentence or the one before or after it in the
 * same paragraph (local evidence of who the writer is at that point); predicate — the clause's lead
 * and on to the first verb or auxiliary of the clause (the head of its predicate, past a subject of
 * any length); clause — the clause's frame (`frame`), whose experience it tells and when.
 */
export type RuleScope =
  "span" | "lead" | "sentence-lead" | "sentence-start" | "sentence" | "around" | "predicate" | "clause";

/**
 * What a row asks of the frame of the clause a suggestion starts in (document/experiencer.ts):
 * whose experience it tells, in which tense, with a habitual marker, the writer treating there.
 * A row of scope `clause` reads its frame alone (no phrases).
 */
export interface FrameCondition {
  who?: readonly Experiencer[];
  tense?: readonly Tense[];
  habitual?: true;
  writerAtWork?: true;
}

export interface OutsideSessionRule {
  id: string;
  why: string;
  scope: RuleScope;
  phrases: readonly string[];
  /** Kinds the rule bears on; others pass untouched. */
  kinds: readonly PieceKind[];
  /** Only in texts written by this narrator. */
  narrator?: "practitioner" | "client";
  /** Words inside a quotation do not count (the client quoted in a practitioner's note). */
  outsideQuotes?: boolean;
  /** Only when the clause's subject is not a person of the account (I, she, he, a name). */
  impersonalSubject?: boolean;
  /** Only when the clause's subject is the writer (I, my …). */
  firstPersonSubject?: boolean;
  /** A phrase right before one of these words does not count ("must have been": a guess about the past). */
  notBefore?: readonly string[];
  /** A phrase within two words after one of these does not count ("what would come up": a thing wondered about). */
  notAfter?: readonly string[];
  /** Only when the clause's frame is so (scope `clause`: the frame alone decides). */
  frame?: FrameCondition;
  /** Subtracted from the suggestion's confidence. */
  penalty: number;
  /** Sentences where the rule must remove the suggestion of `kinds` / must leave it. */
  examples: readonly string[];
  counterExamples: readonly string[];
}

const SENSES: PieceKind[] = ["sound", "smell", "visual", "temperature", "body_sensation", "taste"];
const FELT: PieceKind[] = ["body_sensation", "emotion", "movement", "temperature", "release"];
/** Every kind but those named. */
const kindsBut = (...left: PieceKind[]): PieceKind[] => PIECE_KINDS.filter((k) => !left.includes(k));
const ALL_BUT_DIALOGUE = kindsBut("character", "message");

/** Things of the treatment room that a client perceives without it being their experience. */
export const ROOM_THINGS = [
  "music",
  "melody",
  "candle",
  "candlelight",
  "scent of lavender",
  "lavender pillow",
  "lavender oil",
  "massage oil",
  "the lighting",
  "spotlight",
  "lightbulb",
  "light bulb",
  "salt lamp",
  "heating pad",
  "ambient",
  "environment",
] as const;

/**
 * Where a smell is the room's own ("the smell of the room", "the scent of pine in the air"), not one the
 * client perceives from within. Not "in the room": "I smelled smoke in the room" is the client's.
 */
export const ROOM_AIR = ["=of the room", "=in the air"] as const;

/** A standing like or dislike ("the smell of smoke bothers me", "a sound I can't get used to"): a taste of the person, not a perception now. */
export const PREFERENCE_PREDICATES = [
  "bother",
  "get used to",
  "=can't stand",
  "=cannot stand",
  "=can’t stand",
  "=put off by",
  "dislike",
  // loving or hating a sense itself: "I love it" alone is what a present-tense account says of what it
  // perceives now ("I see a blue light and I love it")
  "=hate the smell",
  "=hate the sound",
  "=hate the taste",
  "=love the smell",
  "=love the sound",
  "=love the taste",
  "=enjoy the smell",
  "=enjoy the sound",
  "=enjoy the taste",
] as const;

/**
 * Things around a session whose warmth or cold is theirs ("a warm blanket", "hot tea", "a cold
 * day", "in the cool water"), by lemma. Not hands or wind: "cold hands, fingers white" is the
 * client's own body, and imagery has its wind.
 */
export const WARM_THINGS: ReadonlySet<string> = new Set([
  "blanket",
  "towel",
  "tea",
  "coffee",
  "soup",
  "drink",
  "room",
  "table",
  "office",
  "day",
  "weather",
  "water",
]);

/** Things around a session that may carry a mood of their own, as a clause's subject (by lemma). */
export const MOOD_OF_THE_ROOM: ReadonlySet<string> = new Set([
  "room",
  "music",
  "space",
  "atmosphere",
  "place",
  "studio",
]);

/** Subjects that make a clause general or about other people, not about this client now. */
export const GENERIC_SUBJECTS = [
  "=you",
  "=your",
  "people",
  "most people",
  "many people",
  "everyone",
  "everybody",
  "clients",
  "patients",
  "=a client",
  "=some clients",
  "=a person",
  "=someone",
  "=we all",
  "=our bodies",
  "=our body",
  "=the body",
  "my friends",
  "=friends",
  "=others",
  "=other people",
  "=bodyworkers",
  "=practitioners",
  "=therapists",
  "=the nervous system",
  "=the system",
  "=everything",
  // "a common/frequent result is …": what is usual, said of no one
  "=a common",
  "=a frequent",
  "=a typical",
] as const;

/** Frames of an account or explanation of the therapy rather than of a session. */
export const EXPLANATION_FRAMES = [
  "as we know",
  "such as",
  "for example",
  "for instance",
  "is called",
  "is known as",
  "refers to",
  "the theory",
  "is believed",
  "it is believed",
  "hypothetical",
  "let's consider",
  "if you remember",
  "can range",
  "is a therapy",
  "is a form of",
  "is used by",
  "years of practice",
  "more times than i can count",
  "every single time",
  "my understanding",
  "as i understand it",
] as const;

/** The presenting problem and history told at intake. */
export const PRESENTING_FRAMES = [
  "presented with",
  "presents with",
  "came in with",
  "came in for",
  "complained of",
  "complaint",
  "suffered from",
  "suffering from",
  "suffering with",
  "came to see me",
  "history of",
  "diagnosed",
  "diagnosis",
  "struggled with",
  "problem areas",
  "symptom",
  "since then",
  "prior to",
  "health history",
  "revealed to me",
  "plagued",
  "since high school",
  "since childhood",
  "=suffered",
] as const;

/** A condition named as what is treated ("sessions for treatment of anxiety"): the reason for the work. */
export const TREATED_CONDITION = ["treatment of", "treatment for", "treated for", "therapy for"] as const;

/** Illnesses and their signs: "a head cold" is not a cold sensation, a migraine's aura is not imagery. */
export const ILLNESS_WORDS = [
  "migraine",
  "aura",
  "head cold",
  "chest cold",
  "common cold",
  "flu",
  "cold medicine",
  "infection",
  "cancer",
  "tumor",
  "tumour",
  "arthritis",
  "sinus",
  "chemotherapy",
  "concussion",
] as const;

/** A life told as biography: career, ages now, upbringing. */
export const BIOGRAPHY_FRAMES = [
  "career",
  "=now at age",
  "years old now",
  "in his early",
  "in her early",
  "was born into",
  "grew up",
  "worked as",
  "retired",
  "married",
  "=he was 44",
  "youngest of",
  "oldest of",
  "eldest of",
] as const;

/** An emotion or sensation reported as ending. */
export const ENDING_FRAMES = ["disappeared", "went away", "was gone", "subsided", "faded away"] as const;

/** A change in degree reported as progress ("I felt less anxious"). */
export const PROGRESS_FRAMES = ["=less", "no longer", "=anymore", ...ENDING_FRAMES] as const;

/** Breathing done as told, or together with the practitioner: an exercise, not a release. */
export const INSTRUCTED_FRAMES = [
  "instructed",
  "as instructed",
  "as she told me",
  "as he told me",
  "let's",
  "=let us",
  "=we take",
  "=we took",
  "together",
  "=breathe in",
  "=breathe out",
  "take big",
  "=take a deep",
  "big belly breaths",
] as const;

/** The practitioner's hands, tools and props as what is felt: the technique, not the client's sensation. */
export const PRACTITIONER_TOUCH = [
  "gentle hands",
  "her fist",
  "his fist",
  "pillow",
  "=pressing here",
  "=was gripping",
  "=were gripping",
] as const;

/** The practitioner's hands as the source of what is felt ("heat from her hands"), in a client's account. */
export const PRACTITIONER_HANDS = [
  "=from her hands",
  "=from his hands",
  "=from her hand",
  "=from his hand",
  "=of her hands",
  "=of his hands",
  "=her warm hands",
  "=his warm hands",
  "=her warm hand",
  "=his warm hand",
  "=from the practitioner's hands",
  "=from the therapist's hands",
  "=of the practitioner's hands",
  "=of the therapist's hands",
] as const;

/** Modal verbs: with a general subject ("the client can choose", "tissues may store") an explanation. */
export const MODALS = ["=can", "=may", "=might", "=will", "=should", "=must"] as const;

/** The practitioner as the one who realises or reacts, first in a practitioner's sentence. */
export const PRACTITIONER_SELF = ["=i"] as const;

/** A sentence opening on another time of life: an episode told as background, not this session. */
export const OTHER_TIME_OPENINGS = [
  "one evening",
  "one morning",
  "one night",
  "one afternoon",
  "a few years ago",
  "years ago",
  "last year",
  "at that time",
  "back then",
  "that summer",
  "that winter",
  "as an adult",
  "in college",
  "at university",
  "earlier that year",
  "later that year",
  "that year",
  "=recently",
  "a while ago",
] as const;

/** The writer at work on someone: the I of the sentence is the one who treats. */
export const WRITER_AT_WORK = [
  "=as i worked",
  "=as i work",
  "=while i worked",
  "=while i was working",
  "=i was working on",
  "=i worked on",
  "=i worked down",
  "=my hands on her",
  "=my hands on his",
  "=my hands over her",
  "=my hands over his",
  "=my hands under her",
  "=my hands under his",
] as const;

/** The writer perceiving someone else's feeling ("I could feel her sadness"): theirs, not the writer's. */
export const ANOTHER_PERSONS_FEELING = [
  "=feel her",
  "=felt her",
  "=feel his",
  "=felt his",
  "=sense her",
  "=sensed her",
  "=sense his",
  "=sensed his",
  "=feel their",
  "=felt their",
] as const;

/** Another person as the object a feeling fills, in a client's text ("this filled him with joy"). */
export const OTHER_PERSON_OBJECTS = [
  "=filled him",
  "=filled her",
  "=made him feel",
  "=made her feel",
] as const;

/** A figure or another person as the one who feels, in a client's text. */
export const OTHER_PERSON_SUBJECTS = ["=she", "=he", "=she's", "=he's", "=they"] as const;

/** Kinds a practitioner may feel as their own while treating; what the hands perceive (a release, a movement) is the client's. */
const OWN_FEELINGS: PieceKind[] = kindsBut("movement", "release", "inner_process", "character", "message");

export const OUTSIDE_SESSION_RULES: readonly OutsideSessionRule[] = [
  {
    id: "room",
    why: "the room, not the client: music playing, candles, a scent in the air, a lamp",
    scope: "span",
    phrases: ROOM_THINGS,
    kinds: [...SENSES, "emotion"],
    penalty: 0.6,
    examples: [
      "Soft music floated all around.",
      "The light from the candles flickered dimly.",
      "I lay there listening to the calming music in the room.",
    ],
    counterExamples: ["I saw a golden light fill my chest."],
  },
  {
    id: "room-smell",
    why: "a smell of the room or in the air ('the smell of the room hit me at the door', 'the scent of pine in the air'): the place, not something the client perceives",
    scope: "span",
    phrases: ROOM_AIR,
    kinds: ["smell"],
    penalty: 0.6,
    examples: [
      "The smell of the room reminded me of a library.",
      "There was a smell of woodsmoke in the air.",
    ],
    counterExamples: ["I smelled seaweed and felt my chest open.", "Suddenly I smelled smoke in the room."],
  },
  {
    id: "preference",
    why: "a like or dislike told in the present ('the smell of smoke doesn't bother me', 'a sound I could never get used to'): the person's taste, not a perception in the session",
    scope: "sentence",
    phrases: PREFERENCE_PREDICATES,
    frame: { tense: ["present", "modal"] },
    kinds: SENSES,
    penalty: 0.5,
    examples: [
      "The smell of fresh paint doesn't bother me.",
      "That is a sound I will never get used to.",
      "I love the smell of rain on hot stones.",
    ],
    counterExamples: ["I smelled fresh paint, which I hate.", "I see a soft blue light and I love it."],
  },
  {
    id: "attempt",
    why: "a sensation sought, not found ('trying to find some warmth in my feet', 'tried to feel a pulse'): an attempt, not a perception",
    scope: "span",
    phrases: [
      "=trying to find",
      "=tried to find",
      "=try to find",
      "=trying to feel",
      "=tried to feel",
      "=try to feel",
    ],
    kinds: [...SENSES, "emotion"],
    penalty: 0.5,
    examples: ["I spent the hour trying to find some tingling in my hands."],
    counterExamples: ["I spent the hour with a tingling in my hands."],
  },
  {
    id: "generic-subject",
    why: "a general statement or other people's feelings: 'you may feel…', 'most people are afraid…', 'my friends all delight…'",
    scope: "lead",
    phrases: GENERIC_SUBJECTS,
    // "Everything hurt": the whole self aching, in the past, is felt.
    notBefore: ["hurt", "ached", "tingled", "throbbed"],
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.55,
    examples: [
      "Most people are afraid to touch us.",
      "My friends all delight in this day.",
      "You may feel warmth or tingling during a session.",
      "A common reaction is a tingling in the hands.",
    ],
    counterExamples: ["I felt a warmth spread through my belly."],
  },
  {
    id: "explanation",
    why: "an explanation of what the therapy does, an example or a hypothetical",
    scope: "sentence",
    phrases: EXPLANATION_FRAMES,
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.55,
    examples: [
      "Sensations such as tension, pressure, heat or numbness simply come up to help us process.",
      "My understanding is that the shaking lets the fascia release.",
    ],
    counterExamples: ["My shoulders dropped and I sighed."],
  },
  {
    id: "presenting",
    why: "the presenting problem or history told at intake, not what arose in the session",
    scope: "sentence",
    phrases: PRESENTING_FRAMES,
    kinds: FELT,
    penalty: 0.55,
    examples: [
      "He presented with severe neck pain that was referring into his right arm.",
      "A stiff neck had plagued her for months.",
      "He has suffered on and off from aching hips.",
      "She came to see me suffering with a stiff neck.",
    ],
    counterExamples: ["Her neck went soft under my hands."],
  },
  {
    id: "treated-condition",
    why: "a condition named as what the work treats (anxiety, pain), not something felt in the session",
    scope: "span",
    phrases: TREATED_CONDITION,
    kinds: FELT,
    penalty: 0.55,
    examples: [
      "I lay down on the table. Over the winter he had seen me weekly for treatment of grief after his divorce.",
      "I lay down on the table. She had come for treatment of her fear of flying.",
    ],
    counterExamples: ["Midway through the treatment, fear rose in her chest."],
  },
  {
    id: "progress",
    why: "a change in degree reported as progress between sessions",
    scope: "span",
    phrases: PROGRESS_FRAMES,
    kinds: ["emotion", "body_sensation"],
    penalty: 0.5,
    examples: ["Since the last visit I felt less anxious."],
    counterExamples: ["I felt anxious when she touched my neck."],
  },
  {
    id: "instructed-breath",
    why: "breathing as the practitioner asks, or together with them: an exercise, not a release",
    scope: "sentence",
    phrases: INSTRUCTED_FRAMES,
    kinds: ["release", "body_sensation"],
    penalty: 0.55,
    examples: ["She asked me to take a deep breath and let it out slowly, and I exhaled as instructed."],
    counterExamples: ["A deep sigh came out of me and my belly softened."],
  },
  {
    id: "practitioner-touch",
    why: "the practitioner's hands, fist or a prop as what is felt: technique, not the client's sensation",
    scope: "span",
    phrases: PRACTITIONER_TOUCH,
    kinds: ["body_sensation"],
    penalty: 0.55,
    examples: ["I felt the pillow's weight on my eyes."],
    counterExamples: ["A tingling ran down both my arms."],
  },
  {
    id: "practitioner-hands",
    why: "in a client's account, the heat or weight of the practitioner's hands: the touch, not the client's sensation",
    scope: "span",
    phrases: PRACTITIONER_HANDS,
    kinds: ["temperature", "body_sensation"],
    narrator: "client",
    penalty: 0.55,
    examples: [
      "I lay on the table and she began. I felt heat from her hands.",
      "I lay on the table and she began. I felt the warmth of her hands on my back.",
      "I lay on the table. The warmth from the therapist's hands surprised me.",
      "I lay on the table and she began. I felt her warm hands on my belly.",
    ],
    counterExamples: ["I lay on the table and she began. I felt heat in my hands."],
  },
  {
    id: "other-person-feels",
    why: "in a client's text, what a figure or another person feels ('she is safe there'), not the client",
    scope: "lead",
    phrases: OTHER_PERSON_SUBJECTS,
    kinds: ["emotion"],
    narrator: "client",
    outsideQuotes: true,
    penalty: 0.5,
    examples: ["I lay on the table and she began. I thought of my sister. She was afraid of the dark."],
    counterExamples: ["I lay on the table and she began. I was afraid of what would come up."],
  },
  {
    id: "other-person-filled",
    why: "in a client's text, a feeling that fills someone else ('this filled him with joy'), not the client",
    scope: "span",
    phrases: OTHER_PERSON_OBJECTS,
    kinds: ["emotion"],
    narrator: "client",
    outsideQuotes: true,
    penalty: 0.5,
    examples: ["I lay on the table and she began. I told my brother the news and it filled him with joy."],
    counterExamples: ["I lay on the table and she began. A wave of joy filled me."],
  },
  {
    id: "illness",
    why: "an illness or its signs named: 'a head cold' is not a cold sensation, a migraine aura is not an image",
    scope: "sentence",
    phrases: ILLNESS_WORDS,
    kinds: ["temperature", "visual", "body_sensation", "movement"],
    penalty: 0.5,
    examples: ["I had a head cold all week and my nose was blocked."],
    counterExamples: ["A cold wave ran down my spine."],
  },
  {
    id: "biography",
    why: "background biography: a career, an age now, an upbringing told about the client",
    scope: "sentence",
    phrases: BIOGRAPHY_FRAMES,
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.5,
    examples: ["She grew up on a farm and was afraid of the bull."],
    counterExamples: ["She remembered being afraid of the bull on the farm."],
  },
  {
    id: "practitioner-self",
    why: "in a practitioner's note, a sentence about the practitioner's own reaction or realisation",
    scope: "sentence-lead",
    phrases: PRACTITIONER_SELF,
    kinds: ["insight", "emotion", "sound"],
    narrator: "practitioner",
    outsideQuotes: true,
    penalty: 0.5,
    examples: [
      "My client lay still and I held her feet. I laughed and realised how little I knew about feet.",
    ],
    counterExamples: [
      "My client lay still and I held her feet. She realised she had been holding her breath for years.",
    ],
  },
  {
    id: "hypothetical",
    why: "what a general subject can, may or will do: an explanation of the therapy, not this session",
    scope: "predicate",
    phrases: MODALS,
    notBefore: ["have", "'ve"],
    impersonalSubject: true,
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.5,
    examples: [
      "The client can choose to let the inner child feel safe and loved.",
      // The modal past a long subject: the clause's predicate, not its first three words.
      "The gentle release of old tension in the neck can bring up tears and sadness.",
      "In a session the whole body will start to tremble and shake.",
    ],
    counterExamples: [
      "She can feel a warmth in her belly now.",
      "I can feel my heart pounding.",
      "The kitchen at my grandmother's, when I must have been seven.",
    ],
  },
  {
    id: "expectation",
    why: "what someone expects or hopes for before it happens: an expectation, not an experience",
    scope: "span",
    phrases: ["=expecting", "=hoping", "=hoped to", "=hope to", "=expected to"],
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.5,
    examples: [
      "I went in expecting a relaxing hour and a bit of stress relief.",
      "I lay on the table. I hoped to reach a deep calm.",
    ],
    counterExamples: ["I felt a deep calm settle over me."],
  },
  {
    id: "conditional",
    why: "what would happen, or used to: a condition or a habit, not this experience",
    scope: "span",
    phrases: ["=would"],
    notBefore: ["have"],
    notAfter: ["what", "whether", "if", "how", "when"],
    kinds: FELT,
    penalty: 0.5,
    examples: ["I think a sad film would make me cry."],
    counterExamples: ["A sad memory made me cry.", "I was afraid of what would come up."],
  },
  {
    id: "practitioner-at-work",
    why: "what the writer feels in their own body while treating someone ('I felt a pain in my shoulder as I worked'), said in the sentence or the one next to it: the practitioner, not the client, whoever the text's narrator seems to be",
    scope: "around",
    phrases: WRITER_AT_WORK,
    firstPersonSubject: true,
    kinds: FELT,
    penalty: 0.5,
    examples: [
      "I felt a sharp ache in my own shoulder as I worked.",
      "When I placed my hands over her belly, I felt a wave of sadness.",
      // The evidence in the sentence before: who the writer is holds from one sentence to the next.
      "I placed my hands on her shoulder and waited. Then I felt a sharp pain in my own arm.",
    ],
    counterExamples: [
      "When I placed my hands over her belly, she felt a wave of sadness.",
      "I felt warmth spread through my belly as she worked.",
    ],
  },
  {
    id: "another-persons-feeling",
    why: "the writer perceiving someone else's feeling or pain ('I could feel her sadness', 'I felt her pain'): the other person's, not the writer's experience",
    scope: "span",
    phrases: ANOTHER_PERSONS_FEELING,
    firstPersonSubject: true,
    kinds: ["emotion", "body_sensation"],
    penalty: 0.5,
    examples: ["I felt her sadness.", "I sensed his fear in the room.", "I felt his pain in my own chest."],
    counterExamples: ["I felt her hands on my head and a great sadness came over me."],
  },
  {
    id: "practitioner-in-scene",
    why: "in a practitioner's note, a figure or a turn in a sentence with the practitioner in it ('a woman approaches me'): people in the room",
    scope: "sentence",
    phrases: ["=me"],
    narrator: "practitioner",
    outsideQuotes: true,
    kinds: ["character", "message"],
    penalty: 0.5,
    examples: ["Her client lay down. Then an old man walked up to me and asked me to treat his wife."],
    counterExamples: ["Her client lay down. Then an old man walked up to her and asked her to rest."],
  },
  {
    id: "other-time",
    why: "an episode of another time of life told as background ('One evening a mother and daughter came in…')",
    scope: "sentence-start",
    phrases: OTHER_TIME_OPENINGS,
    kinds: ["character", "message", "release", "emotion", "body_sensation", "movement", "temperature"],
    penalty: 0.5,
    examples: [
      "A few years ago I burst into tears at the bus stop.",
      "Earlier that year my right hip had started to ache.",
      "Recently my shoulders have felt tight and sore.",
    ],
    counterExamples: ["Halfway through the session I burst into tears."],
  },
  {
    id: "writer-treating",
    why: "the writer's own feeling, image or thought in a sentence where the writer treats ('I cradled her head and I felt a deep sadness'), or the one next to it: the practitioner's, whoever the narrator seems to be; what the hands perceive of the client (a release, a movement) stays",
    scope: "clause",
    phrases: [],
    frame: { who: ["writer"], writerAtWork: true },
    kinds: OWN_FEELINGS,
    penalty: 0.5,
    examples: [
      "I met him at the fair and I laughed. I cradled his head and I felt a deep sadness.",
      "I cradled her head and I felt a great sadness.",
    ],
    counterExamples: [
      "I cradled her head. She felt a warmth in her jaw.",
      "She cradled my head and I felt a deep sadness.",
    ],
  },
  {
    id: "life-person-feels",
    why: "a person of the writer's life as the clause's subject ('my sister was excited', 'her husband felt sore'): that person's feeling or pain, not the one treated",
    scope: "lead",
    phrases: [...RELATION_NOUNS],
    kinds: ["emotion", "body_sensation"],
    penalty: 0.5,
    examples: [
      "I lay on the table. My sister was excited about her wedding.",
      "I lay on the table and she began. My husband felt sore after his run.",
    ],
    counterExamples: [
      "I lay on the table. I was excited about the wedding.",
      "I lay on the table and she began. I thought of my husband and felt sore.",
    ],
  },
  {
    id: "practitioner-perceives",
    why: "what the practitioner (she or he of a client's account, 'the therapist') smells, tastes, hears or sees ('she could smell smoke near my face'): the practitioner's perception, not the client's; their own feelings are left to the other rows (a row over all kinds lost emotions on holdout-2)",
    scope: "clause",
    phrases: [],
    frame: { who: ["practitioner"] },
    kinds: ["smell", "taste", "sound", "visual"],
    penalty: 0.5,
    examples: [
      "I lay down and she held my feet. She could smell smoke near my face.",
      "I lay on the table and he cradled my head. He saw a blue light around my shoulders.",
    ],
    counterExamples: [
      "I lay down and she held my feet. I smelled smoke.",
      "I held her feet for a while. She smelled smoke and remembered the fire.",
    ],
  },
  {
    id: "people-in-general",
    why: "what people in general feel or do, told in the present or with a modal ('they often shake as they let go', 'some of them may feel afraid'): an explanation, not this client's experience",
    scope: "clause",
    phrases: [],
    frame: { who: ["generic"], tense: ["present", "modal"] },
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.5,
    examples: [
      "I lay down and she held my feet. As children relax, they start to tremble.",
      "I lay down and she held my feet. Many clients may feel a deep sadness.",
    ],
    counterExamples: [
      "I lay down and she held my feet. I started to tremble.",
      "I lay down and she held my feet. As the children relaxed, they began to tremble.",
    ],
  },
  {
    id: "reader-addressed",
    why: "what the reader is told they may feel or do, in the present or with a modal ('you may feel a wave of sadness', 'you feel lighter afterwards'): an explanation addressed to the reader, not this session's experience",
    scope: "clause",
    phrases: [],
    frame: { who: ["you"], tense: ["present", "modal"] },
    kinds: ALL_BUT_DIALOGUE,
    penalty: 0.5,
    examples: [
      "The dentist is worse. Finally you can rinse your mouth and go home numb and shaking.",
      "My client lay down and I held her feet. Afterwards you go home numb and tired.",
    ],
    counterExamples: [
      "The dentist is worse. I rinsed my mouth and went home numb and shaking.",
      'I lay down and she held my feet. She said, "You are safe now." I felt a wave of sadness.',
    ],
  },
  {
    id: "habit-now",
    why: "a habit or a general truth: a marker of frequency before the clause in its sentence, with the clause in the present or a modal ('Sometimes when I relax my legs jump', 'it is not uncommon to feel tired'); an insight is often about a habit and stays",
    scope: "clause",
    phrases: [],
    frame: { habitual: true, tense: ["present", "modal", "none"] },
    kinds: ALL_BUT_DIALOGUE.filter((k) => k !== "insight"),
    penalty: 0.5,
    examples: [
      "I tend to hold tension in my jaw.",
      "My left hand often feels numb in the mornings.",
      "Sometimes I hear a low humming in my left ear.",
      "I lay down and she held my feet. After a session my body often feels tired and heavy.",
      "I lay down and she held my feet. Sometimes when people begin to relax, they start to shake.",
    ],
    counterExamples: [
      "I lay down and she held my feet. Sometimes my legs shook and then they were still.",
      "I lay down and she held my feet. Sometimes a memory came up and I felt sad.",
    ],
  },
];
