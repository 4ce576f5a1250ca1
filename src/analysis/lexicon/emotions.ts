// Emotion words -> the spec's emotion labels (spec: "emotions": grief and sorrow are sadness,
// rage and frustration anger, terror and panic fear, worry and nervousness anxiety, tenderness love,
// peace and stillness calm).
import type { Emotion } from "../../domain";

export interface EmotionEntry {
  emotion: Emotion;
  /** Needs a frame of feeling ("felt safe", "feeling blue"): alone the word is not an emotion. */
  needsFrame: boolean;
}

const strong = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: false });
const framed = (emotion: Emotion): EmotionEntry => ({ emotion, needsFrame: true });

export const EMOTION_PHRASES: readonly (readonly [string, EmotionEntry])[] = [
  // fear
  ["fear", strong("fear")], ["fearful", strong("fear")], ["afraid", strong("fear")], ["scared", strong("fear")],
  ["scare", strong("fear")], ["frightened", strong("fear")], ["frighten", strong("fear")], ["fright", strong("fear")],
  ["terrified", strong("fear")], ["terror", strong("fear")], ["terrify", strong("fear")], ["panic", strong("fear")],
  ["panicked", strong("fear")], ["panicky", strong("fear")], ["dread", strong("fear")], ["horror", strong("fear")],
  ["alarmed", strong("fear")], ["petrified", strong("fear")],
  // anxiety
  ["anxiety", strong("anxiety")], ["anxious", strong("anxiety")], ["worry", strong("anxiety")],
  ["worried", strong("anxiety")], ["nervous", strong("anxiety")], ["nervousness", strong("anxiety")],
  ["uneasy", strong("anxiety")], ["unease", strong("anxiety")], ["apprehension", strong("anxiety")],
  ["apprehensive", strong("anxiety")], ["on edge", framed("anxiety")], ["jittery", strong("anxiety")],
  ["butterflies", framed("anxiety")], ["restless", framed("anxiety")],
  // sadness
  ["sad", strong("sadness")], ["sadness", strong("sadness")], ["grief", strong("sadness")],
  ["grieve", strong("sadness")], ["grieving", strong("sadness")], ["sorrow", strong("sadness")],
  ["sorrowful", strong("sadness")], ["heartbroken", strong("sadness")], ["heartbreak", strong("sadness")],
  ["despair", strong("sadness")], ["unhappy", strong("sadness")], ["mournful", strong("sadness")],
  ["melancholy", strong("sadness")], ["blue", framed("sadness")], ["down", framed("sadness")],
  ["low", framed("sadness")], ["upset", framed("sadness")], ["heavy-hearted", strong("sadness")],
  ["heavy heart", strong("sadness")], ["broken heart", strong("sadness")], ["heart sank", strong("sadness")],
  ["miserable", strong("sadness")], ["gloomy", framed("sadness")],
  // anger
  ["anger", strong("anger")], ["angry", strong("anger")], ["rage", strong("anger")], ["furious", strong("anger")],
  ["fury", strong("anger")], ["frustration", strong("anger")], ["frustrated", strong("anger")],
  ["irritated", strong("anger")], ["irritation", strong("anger")], ["annoyed", strong("anger")],
  ["resentment", strong("anger")], ["resentful", strong("anger")], ["livid", strong("anger")],
  ["outrage", strong("anger")], ["outraged", strong("anger")], ["mad", framed("anger")], ["enraged", strong("anger")],
  ["indignant", strong("anger")], ["indignation", strong("anger")],
  // shame
  ["shame", strong("shame")], ["ashamed", strong("shame")], ["embarrassed", strong("shame")],
  ["embarrassment", strong("shame")], ["humiliated", strong("shame")], ["humiliation", strong("shame")],
  ["mortified", strong("shame")],
  // guilt
  ["guilt", strong("guilt")], ["guilty", strong("guilt")], ["remorse", strong("guilt")], ["regret", framed("guilt")],
  // loneliness
  ["lonely", strong("loneliness")], ["loneliness", strong("loneliness")], ["alone", framed("loneliness")],
  ["isolated", framed("loneliness")], ["abandoned", framed("loneliness")], ["forsaken", framed("loneliness")],
  // helplessness
  ["helpless", strong("helplessness")], ["helplessness", strong("helplessness")], ["powerless", strong("helplessness")],
  ["powerlessness", strong("helplessness")], ["hopeless", strong("helplessness")], ["hopelessness", strong("helplessness")],
  ["trapped", framed("helplessness")], ["overwhelmed", framed("helplessness")],
  // disgust
  ["disgust", strong("disgust")], ["disgusted", strong("disgust")], ["revulsion", strong("disgust")],
  ["revolted", strong("disgust")], ["repulsed", strong("disgust")], ["repelled", framed("disgust")],
  // joy
  ["joy", strong("joy")], ["joyful", strong("joy")], ["joyous", strong("joy")], ["happy", strong("joy")],
  ["happiness", strong("joy")], ["delight", strong("joy")], ["delighted", strong("joy")], ["elated", strong("joy")],
  ["elation", strong("joy")], ["glee", strong("joy")], ["gleeful", strong("joy")], ["glad", framed("joy")],
  ["cheerful", strong("joy")], ["euphoric", strong("joy")], ["bliss", strong("joy")], ["blissful", strong("joy")],
  ["exhilarated", strong("joy")], ["over the moon", strong("joy")], ["lighthearted", framed("joy")],
  ["light-hearted", framed("joy")], ["excited", framed("joy")], ["excitement", framed("joy")],
  // love
  ["love", framed("love")], ["tenderness", strong("love")], ["affection", strong("love")],
  ["compassion", strong("love")], ["fondness", strong("love")], ["tender", framed("love")],
  ["loving", framed("love")], ["adoration", strong("love")],
  // relief
  ["relief", strong("relief")], ["relieved", strong("relief")],
  // calm
  ["calm", strong("calm")], ["calmer", strong("calm")], ["calmness", strong("calm")], ["peace", strong("calm")],
  ["peaceful", strong("calm")], ["stillness", strong("calm")], ["serene", strong("calm")], ["serenity", strong("calm")],
  ["tranquil", strong("calm")], ["tranquility", strong("calm")], ["tranquillity", strong("calm")],
  ["at ease", strong("calm")], ["safe", framed("calm")], ["relaxed", framed("calm")], ["settled", framed("calm")],
  ["grounded", framed("calm")], ["content", framed("calm")], ["contentment", strong("calm")],
];

/** Emotion words that here name a condition or a thing, not a felt emotion. */
export const NOT_EMOTION_PHRASES: readonly string[] = [
  "panic attack", "panic attacks", "anxiety attack", "anxiety attacks", "anxiety disorder", "anxiety medication",
  "anger management", "peace of mind", "no worries", "not to worry", "i'm afraid", "i am afraid", "love to",
  "would love", "'d love", "happy to", "glad to", "in love with", "safe place", "safe space", "low back",
  "lower back", "down to", "down the", "down through", "down into", "down her", "down his", "down my",
  "down both", "low in", "lay down", "lie down", "lying down", "sat down", "sit down", "slow down",
  "calm down", "settle down", "settled into", "settled in", "upset stomach", "calm voice", "calm tone",
  "peace offering", "regret to", "mad at", "blue sky", "blue light", "heart rate",
];

/** Verbs and copulas that frame a word as something felt ("felt safe", "was scared", "got angry"). */
export const FEELING_FRAME_WORDS: ReadonlySet<string> = new Set([
  "feel", "felt", "feeling", "feels", "be", "was", "were", "is", "am", "are", "'m", "'s", "'re", "get", "got",
  "getting", "become", "became", "seem", "seemed", "look", "looked", "grow", "grew", "sense", "sensed", "stay",
  "remain", "remained", "left", "woke", "wake",
]);
