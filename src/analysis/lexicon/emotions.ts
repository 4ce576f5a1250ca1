// Emotion words -> the spec's emotion labels (spec: "emotions": grief and sorrow are sadness,
// rage and frustration anger, terror and panic fear, worry and nervousness anxiety, tenderness love,
// peace and stillness calm).
import type { Emotion } from "../../domain";

export interface EmotionEntry {
  emotion: Emotion;
  /** Needs a frame of feeling ("felt safe", "feeling blue"): alone the word is not an emotion. */
  needsFrame: boolean;
  /** Said of a person right before it ("he quieted down", not "the room quieted down"); with needsFrame, either will do. */
  afterPerson?: boolean;
  /** Joy shown by the writer ("I smiled", "it made me laugh"): with I or me before it, no one else's. */
  byWriter?: boolean;
  /** With needsFrame: a person is the one framed ("I felt silly"), not a thing ("it seemed silly"). */
  personFrame?: boolean;
}

const strong = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: false });
const framed = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: true });
/** Felt by a person: a judgement of a thing otherwise ("the idea seemed silly"). */
const personFramed = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: true, personFrame: true });
const ofPerson = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: false, afterPerson: true });

/** How a person shows joy with the face or voice, by lemma. */
export const WRITER_JOY_EXPRESSIONS: readonly string[] = [
  "smile",
  "laugh",
  "laughter",
  "giggle",
  "chuckle",
  "grin",
  "beam",
];

export const EMOTION_PHRASES: readonly (readonly [string, EmotionEntry])[] = [
  // fear
  ["fear", strong("fear")],
  ["fearful", strong("fear")],
  ["afraid", strong("fear")],
  ["scared", strong("fear")],
  ["scare", strong("fear")],
  ["frightened", strong("fear")],
  ["frighten", strong("fear")],
  ["fright", strong("fear")],
  ["terrified", strong("fear")],
  ["terror", strong("fear")],
  ["terrify", strong("fear")],
  ["panic", strong("fear")],
  ["panicked", strong("fear")],
  ["panicky", strong("fear")],
  ["dread", strong("fear")],
  ["horror", strong("fear")],
  ["alarmed", strong("fear")],
  ["petrified", strong("fear")],
  // anxiety
  ["anxiety", strong("anxiety")],
  ["anxious", strong("anxiety")],
  ["worry", strong("anxiety")],
  ["worried", strong("anxiety")],
  ["nervous", strong("anxiety")],
  ["nervousness", strong("anxiety")],
  // the manner of what the client does: "I giggled nervously", "she laughed anxiously"
  ["nervously", strong("anxiety")],
  ["anxiously", strong("anxiety")],
  ["uneasy", strong("anxiety")],
  ["unease", strong("anxiety")],
  ["apprehension", strong("anxiety")],
  ["apprehensive", strong("anxiety")],
  ["on edge", framed("anxiety")],
  ["jittery", strong("anxiety")],
  ["butterflies", framed("anxiety")],
  ["restless", framed("anxiety")],
  // sadness
  ["gutted", framed("sadness")],
  ["sad", strong("sadness")],
  ["sadness", strong("sadness")],
  ["grief", strong("sadness")],
  ["grieve", strong("sadness")],
  ["grieving", strong("sadness")],
  ["sorrow", strong("sadness")],
  ["sorrowful", strong("sadness")],
  ["heartbroken", strong("sadness")],
  ["heartbreak", strong("sadness")],
  ["despair", strong("sadness")],
  ["unhappy", strong("sadness")],
  ["mournful", strong("sadness")],
  ["melancholy", strong("sadness")],
  ["blue", framed("sadness")],
  ["down", framed("sadness")],
  ["low", framed("sadness")],
  ["upset", framed("sadness")],
  ["heavy-hearted", strong("sadness")],
  ["heavy heart", strong("sadness")],
  ["broken heart", strong("sadness")],
  ["heart sank", strong("sadness")],
  ["miserable", strong("sadness")],
  ["gloomy", framed("sadness")],
  // anger
  ["anger", strong("anger")],
  ["angry", strong("anger")],
  ["rage", strong("anger")],
  ["furious", strong("anger")],
  ["fury", strong("anger")],
  ["frustration", strong("anger")],
  ["frustrated", strong("anger")],
  ["irritated", strong("anger")],
  ["irritation", strong("anger")],
  ["annoyed", strong("anger")],
  ["resentment", strong("anger")],
  ["resentful", strong("anger")],
  ["livid", strong("anger")],
  ["outrage", strong("anger")],
  ["outraged", strong("anger")],
  ["mad", framed("anger")],
  ["enraged", strong("anger")],
  ["indignant", strong("anger")],
  ["indignation", strong("anger")],
  // shame
  ["shame", strong("shame")],
  ["ashamed", strong("shame")],
  ["embarrassed", strong("shame")],
  ["embarrassment", strong("shame")],
  ["awkward", framed("shame")],
  ["humiliated", strong("shame")],
  ["humiliation", strong("shame")],
  ["mortified", strong("shame")],
  ["silly", personFramed("shame")],
  ["foolish", personFramed("shame")],
  // guilt
  ["guilt", strong("guilt")],
  ["guilty", strong("guilt")],
  ["remorse", strong("guilt")],
  ["regret", framed("guilt")],
  // loneliness
  ["lonely", strong("loneliness")],
  ["homesick", strong("loneliness")],
  ["homesickness", strong("loneliness")],
  ["loneliness", strong("loneliness")],
  ["alone", framed("loneliness")],
  ["isolated", framed("loneliness")],
  ["abandoned", framed("loneliness")],
  ["forsaken", framed("loneliness")],
  // helplessness
  ["helpless", strong("helplessness")],
  ["helplessness", strong("helplessness")],
  ["powerless", strong("helplessness")],
  ["powerlessness", strong("helplessness")],
  ["hopeless", strong("helplessness")],
  ["hopelessness", strong("helplessness")],
  ["trapped", framed("helplessness")],
  ["overwhelmed", framed("helplessness")],
  // disgust
  ["disgust", strong("disgust")],
  ["disgusted", strong("disgust")],
  ["revulsion", strong("disgust")],
  ["revolted", strong("disgust")],
  ["repulsed", strong("disgust")],
  ["repelled", framed("disgust")],
  // joy
  ["joy", strong("joy")],
  ["joyful", strong("joy")],
  ["joyous", strong("joy")],
  ["happy", strong("joy")],
  ["happiness", strong("joy")],
  ["delight", strong("joy")],
  ["delighted", strong("joy")],
  ["elated", strong("joy")],
  ["elation", strong("joy")],
  ["glee", strong("joy")],
  ["gleeful", strong("joy")],
  ["glad", framed("joy")],
  ["cheerful", strong("joy")],
  ["euphoric", strong("joy")],
  ["bliss", strong("joy")],
  ["blissful", strong("joy")],
  ["exhilarated", strong("joy")],
  ["over the moon", strong("joy")],
  ["lighthearted", framed("joy")],
  ["light-hearted", framed("joy")],
  ["excited", framed("joy")],
  ["excitement", framed("joy")],
  ["optimistic", framed("joy")],
  ["hopeful", personFramed("joy")],
  ["thrilled", strong("joy")],
  ["ecstatic", strong("joy")],
  ["enthused", strong("joy")],
  ["overjoyed", strong("joy")],
  // joy shown by the writer's own face or voice ("I smiled", "it made me laugh"); crying with it is a release
  ...WRITER_JOY_EXPRESSIONS.map((w) => [w, { emotion: "joy", needsFrame: false, byWriter: true }] as const),
  // love
  // "felt love", or a person loving ("I love her")
  ["love", { emotion: "love", needsFrame: true, afterPerson: true }],
  ["tenderness", strong("love")],
  ["affection", strong("love")],
  ["compassion", strong("love")],
  ["fondness", strong("love")],
  ["tender", framed("love")],
  ["loving", framed("love")],
  ["adoration", strong("love")],
  // relief
  ["relief", strong("relief")],
  ["relieved", strong("relief")],
  // a person feeling better is relieved; a part that feels better is a body sensation (detect/emotion-pieces.ts)
  ["feel better", strong("relief")],
  ["feel much better", strong("relief")],
  ["feel a lot better", strong("relief")],
  ["feel so much better", strong("relief")],
  ["feel far better", strong("relief")],
  // "feeling" tagged as a noun keeps its own lemma
  ["feeling better", strong("relief")],
  ["feeling much better", strong("relief")],
  ["feeling a lot better", strong("relief")],
  // calm
  ["calm", strong("calm")],
  ["calmer", strong("calm")],
  ["calmness", strong("calm")],
  ["peace", strong("calm")],
  ["peaceful", strong("calm")],
  ["stillness", strong("calm")],
  ["serene", strong("calm")],
  ["serenity", strong("calm")],
  ["tranquil", strong("calm")],
  ["tranquility", strong("calm")],
  ["tranquillity", strong("calm")],
  ["at ease", strong("calm")],
  ["safe", framed("calm")],
  ["relaxed", framed("calm")],
  ["relaxing", framed("calm")],
  ["calming", framed("calm")],
  ["soothing", framed("calm")],
  ["settled", framed("calm")],
  ["grounded", framed("calm")],
  ["content", framed("calm")],
  ["contentment", strong("calm")],
  // a state of deep rest the client sinks into ("drifted into a dreamlike state")
  ["meditative state", strong("calm")],
  ["dreamlike state", strong("calm")],
  ["dream-like state", strong("calm")],
  ["deep meditation", strong("calm")],
  ["trance-like state", strong("calm")],
  // a person growing quiet ("he quieted down"), not a room or a voice
  ["=quieted", ofPerson("calm")],
  ["=quietened", ofPerson("calm")],
];

/** Emotion words that here name a condition or a thing, not a felt emotion. */
export const NOT_EMOTION_PHRASES: readonly string[] = [
  "panic attack",
  "panic attacks",
  "anxiety attack",
  "anxiety attacks",
  "anxiety disorder",
  "anxiety medication",
  // named conditions, not a feeling of the hour
  "general anxiety",
  "generalised anxiety",
  "generalized anxiety",
  "social anxiety",
  "health anxiety",
  "separation anxiety",
  "performance anxiety",
  "anger management",
  "peace of mind",
  "no worries",
  "not to worry",
  "i'm afraid",
  "i am afraid",
  "love to",
  "would love",
  "'d love",
  "happy to",
  "glad to",
  "in love with",
  "safe place",
  "safe space",
  "low back",
  "lower back",
  "down to",
  "down the",
  "down through",
  "down into",
  "down her",
  "down his",
  "down my",
  "down both",
  "down on",
  "down onto",
  "down beside",
  "down next",
  "low in",
  "lay down",
  "lie down",
  "lying down",
  "sat down",
  "sit down",
  "slow down",
  "calm down",
  "settle down",
  "settled into",
  "settled in",
  "upset stomach",
  "calm voice",
  "calm tone",
  "peace offering",
  "regret to",
  "mad at",
  "blue sky",
  "blue light",
  "heart rate",
];

/** Verbs and copulas that frame a word as something felt ("felt safe", "was scared", "got angry"). */
export const FEELING_FRAME_WORDS: ReadonlySet<string> = new Set([
  "feel",
  "felt",
  "feeling",
  "feels",
  "be",
  "was",
  "were",
  "is",
  "am",
  "are",
  "'m",
  "'s",
  "'re",
  "get",
  "got",
  "getting",
  "become",
  "became",
  "seem",
  "seemed",
  "look",
  "looked",
  "grow",
  "grew",
  "sense",
  "sensed",
  "stay",
  "remain",
  "remained",
  "left",
  "woke",
  "wake",
]);

/**
 * Words that may stand between a frame of feeling and the feeling word without breaking the frame:
 * degree words and determiners ("felt a bit silly", "it was the most calming hour", "such a soothing
 * hour"), a pair ("we were both excited", "was both relaxing and…"), a comparison ("just as relaxing").
 */
export const FRAME_FILLERS: ReadonlySet<string> = new Set([
  "so",
  "very",
  "a",
  "bit",
  "little",
  "quite",
  "more",
  "most",
  "the",
  "such",
  "and",
  ",",
  "both",
  "as",
  "pretty",
  "just",
]);

/**
 * Leaving a session in some state frames that state as felt, like "felt": "I came out relaxed",
 * "she walked out light-headed". Each a verb (by lemma) and the particle after it.
 */
export const LEAVING_FRAMES: readonly (readonly [string, string])[] = [
  ["come", "out"],
  ["walk", "out"],
  ["float", "out"],
  ["step", "out"],
  ["go", "home"],
  ["get", "up"],
];

/** Nouns for an emotion without its name: felt ("I felt a strange emotion"), they are an emotion piece with no label. */
export const EMOTION_NOUNS: ReadonlySet<string> = new Set(["emotion", "emotions"]);

/**
 * An emotion noun aroused, not only named ("it evoked a lot of emotions", "feelings welled up"), is an
 * emotion piece with no label: verbs that bring emotions up (before the noun) and that they do as they
 * come (after it), by lemma. Not "release": emotions released are the release's.
 */
export const AROUSED_BY: ReadonlySet<string> = new Set([
  "evoke",
  // wink tags "evoked" an adjective, with its own lemma
  "evoked",
  "stir",
  "trigger",
  "provoke",
  "bring",
  "awaken",
]);
export const ARISING_AS: ReadonlySet<string> = new Set([
  "well",
  "surface",
  "arise",
  "rise",
  "flood",
  "bubble",
  "erupt",
]);
/** The nouns that may be aroused so: the emotion nouns and "feelings". */
export const AROUSED_NOUNS: ReadonlySet<string> = new Set([...EMOTION_NOUNS, "feelings"]);

/** An emotion felt without a name for it ("a wave of emotion"): an emotion piece with no label. */
export const UNNAMED_EMOTION_PHRASES = [
  "wave of emotion",
  "waves of emotion",
  "flood of emotion",
  "flood of emotions",
  "surge of emotion",
  "rush of emotion",
  "wave of feeling",
  "so much emotion",
  "overwhelming feeling",
  "welled up with emotion",
] as const;
