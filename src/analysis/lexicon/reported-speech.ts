// Patterns of reported speech in English beyond a speech verb with its quotation: the rules that
// let detect/ read a figure's (or the client's) words when they are written without quotation
// marks, thought rather than said, or conveyed by a verb phrase. Each rule carries the sentences
// that justify it and those it must leave alone; test/analysis/reported-speech.test.ts checks
// every row against them. Sentences here are written for the rules, not taken from any corpus.

export interface SpeechExample {
  text: string;
  /** The character label the message must carry. */
  character: string;
}

export interface ReportedSpeechRule {
  id: string;
  /** What in the language the rule reads. */
  reads: string;
  examples: readonly SpeechExample[];
  /** Texts where no message may be read (by this rule or any other). */
  counterExamples: readonly string[];
}

/**
 * Verbs that attribute a quotation as inner speech or as what a gesture meant: '"Don't go," I
 * thought.', 'the dog's growl meant "stay back"'. They attribute only a quotation right next to
 * them, never an unquoted clause ("I thought it was over" is no turn).
 */
export const THOUGHT_VERBS: ReadonlySet<string> = new Set(["think", "wonder", "mean"]);

/**
 * Speech verbs that may close an unquoted sentence as its attribution ("Go slowly, she said."):
 * the words before the comma are what was said.
 */
export const UNQUOTED_ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  "say",
  "whisper",
  "reply",
  "answer",
  "tell",
  "ask",
  "murmur",
  "insist",
  "repeat",
  "shout",
  "call",
  "warn",
]);

/**
 * Verbs that may stand between the subject and the speech verb of an attribution ("it kept
 * saying", "she seemed to say", "he went on saying").
 */
export const ATTRIBUTION_AUXILIARIES: ReadonlySet<string> = new Set([
  "keep",
  "seem",
  "go",
  "begin",
  "start",
  "continue",
  "appear",
  "want",
  "try",
  "on",
  "to",
]);

/**
 * A verb, its object, then a word of knowing: what the speaker conveys ("to let me know I was
 * safe", "it wanted me to know that…"). Keyed by the verb's lemma; the value lists the knowing
 * words that may follow the object (with an optional "to").
 */
export const CONVEYING_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["let", new Set(["know", "understand"])],
  ["want", new Set(["know", "understand", "hear"])],
  ["need", new Set(["know", "understand", "hear"])],
  ["make", new Set(["understand"])],
]);

/**
 * Nouns that label a figure's words in notes ("Message: you are safe.", "Wolf's message: …",
 * "Message from the owl: …"): "message" is what a figure communicates; "answer" and "reply" are the
 * other one's turn after a question.
 */
export const MESSAGE_LABELS: ReadonlyMap<string, "figure" | "reply"> = new Map([
  ["message", "figure"],
  ["msg", "figure"],
  ["answer", "reply"],
  ["reply", "reply"],
]);

/** Labels of inner guidance that speak in a script-format dialogue ("Guidance: Rest."). */
export const INNER_SPEAKER_LABELS: ReadonlyMap<string, "guide" | "child" | "other"> = new Map([
  ["body", "other"],
  ["guidance", "guide"],
  ["wisdom", "guide"],
  ["inner wisdom", "guide"],
  ["intuition", "guide"],
  ["higher self", "guide"],
  ["soul", "guide"],
  ["spirit", "guide"],
  ["inner child", "child"],
  ["little one", "child"],
  ["younger self", "child"],
  ["part", "other"],
]);

/** Labels of the people in the room in a script: their lines are not a figure's words. */
export const ROOM_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  "me",
  "i",
  "client",
  "pt",
  "patient",
  "therapist",
  "practitioner",
  "t",
  "c",
  "p",
  "note",
  "notes",
  "session",
  "plan",
  "date",
  "homework",
]);

export const REPORTED_SPEECH_RULES: readonly ReportedSpeechRule[] = [
  {
    id: "unquoted-attribution",
    reads:
      "words without quotation marks closed by ', <speaker> said.' (or 'it kept saying', 'said the fox')",
    examples: [
      {
        text: "During my session I felt my chest soften. A wise woman appeared. Go slowly, she said.",
        character: "wise woman",
      },
      {
        text: "She sensed a harsh voice scolding her. You are too slow, it kept saying.",
        character: "voice",
      },
      {
        text: "In my session a fox sat by the river. The water is safe, said the fox.",
        character: "fox",
      },
    ],
    counterExamples: [
      // No figure in the conversation: the client reporting to the practitioner.
      "Her shoulder felt lighter afterwards, she said.",
      // The speech verb has an object of its own: no attribution of the words before the comma.
      "When the session ended, she said nothing about the dream.",
    ],
  },
  {
    id: "thought-attribution",
    reads:
      "a quotation attributed with 'I thought' / 'I wonder' (the client's inner words to the figure) or 'it meant' (a figure's gesture)",
    examples: [
      {
        text: "During my session a little girl waited in the doorway. “Please stay,” I thought to myself.",
        character: "little girl",
      },
      {
        text: "In my session a grey cat sat by the fire. It blinked once, and it meant “not yet”.",
        character: "cat",
      },
    ],
    counterExamples: [
      "During my session a little girl waited in the doorway. I thought she looked cold.",
      "I thought “this is silly” when the session started.",
    ],
  },
  {
    id: "conveying-phrase",
    reads: "'let me know', 'wanted me to know', 'made me understand' said by a figure",
    examples: [
      {
        text: "During my session an old man stood by the gate. He put his hand on my arm to let me know I was safe.",
        character: "old man",
      },
      {
        text: "In my session a fox appeared at the edge of the wood. It wanted me to know that the path was open.",
        character: "fox",
      },
    ],
    counterExamples: [
      "My sister wanted me to know that she had called.",
      "During my session an old man stood by the gate. I wanted to know his name.",
    ],
  },
  {
    id: "coordinated-turn",
    reads:
      "a turn in the last of several coordinated verbs shares their subject ('I knelt, hugged her and told her…')",
    examples: [
      {
        text: "In my session today I felt my chest soften. A small girl sat on the steps. I picked her up and held her close and promised her that I would come back.",
        character: "small girl",
      },
    ],
    counterExamples: ["I picked up my bag and told the receptionist that I would come back."],
  },
  {
    id: "part-speaks",
    reads: "a body part, owned, as the subject of a speech verb that says something ('my heart told me to…')",
    examples: [
      {
        text: "I lay on the table and felt my breath slow. My heart told me to slow down.",
        character: "heart",
      },
      {
        text: "I lay on the table and felt my breath slow. My left knee told me that it was tired.",
        character: "left knee",
      },
    ],
    counterExamples: ["My heart did not tell me anything.", "I told my sister about my knee."],
  },
  {
    id: "answer-in-sentence",
    reads:
      "'…, and she said a hug': 'said' right after the client's question in the same sentence is the figure's answer",
    examples: [
      {
        text: "I lay on the table and felt my breath slow. My chest softened and I felt calm. In my session a little girl sat in the corner. I asked her what she needed, and she said a hug.",
        character: "little girl",
      },
    ],
    counterExamples: ["I asked the nurse what time it was, and she said a few minutes past four."],
  },
  {
    id: "formula-turn",
    reads: "a turn that is a formula: 'said sorry / goodbye / hello / thanks' to the figure",
    examples: [
      {
        text: "I lay on the table and felt my breath slow. My chest softened and I felt calm. In my session a little girl sat in the corner. I said sorry to her.",
        character: "little girl",
      },
    ],
    counterExamples: ["I said sorry to the receptionist for being late."],
  },
  {
    id: "script-label",
    reads:
      "script lines without quotation marks: 'Knee: I am tired.', 'Guidance: Rest.' (not the room's own labels, not a parenthetical description); mid-line, the answer of the one just spoken to ('Fox: from being seen.')",
    examples: [
      { text: "Knee: I am so tired.\nMe: Of what?\nKnee: Of carrying all of it.", character: "knee" },
      { text: "My throat felt tight.\nGuidance: Breathe into it.", character: "guidance" },
      // In running notes the one in conversation answers by its label, mid-line, in any words.
      {
        text: "Held the sacrum. A fox at the edge of the field. Lena asks it from what. Fox: from being seen.",
        character: "fox",
      },
      { text: "Held her hips. Pt asks the jaw what it keeps. Jaw: the shouting.", character: "jaw" },
    ],
    counterExamples: [
      "Session: third treatment.\nPlan: continue weekly.",
      "Body: (a heavy feeling in the chest)",
      // A finding, and a figure described before anyone has spoken.
      "Held her neck. Neck: tight on the left.",
      "Held the sacrum. Pt sees a fox. Fox: red, thin, limping.",
    ],
  },
  {
    id: "colon-speech",
    reads:
      "note shorthand for a quotation: a speaker, a speech verb and a colon before the words said ('Stag says: I have carried you this far.'); a figure may come in by its first words, a body part speaks with its region, the client's words count when asked, answered or addressed",
    examples: [
      { text: "Pt supine. Held occiput. Stag says: I have carried you this far.", character: "stag" },
      { text: "Sacral hold. Girl (age ~6) says: don't leave me.", character: "girl" },
      { text: "Held her hips. Left knee replies: not yet.", character: "left knee" },
      {
        text: "Vault hold. Jonas sees an owl on a post. Jonas asks the owl: what are you waiting for?",
        character: "owl",
      },
      // A comma or dash with words in the first or second person; the one spoken to named in the label.
      { text: "Pt supine. Held occiput. Stag says — you can rest.", character: "stag" },
      {
        text: "Pt supine. Held occiput. Pt sees a stag. Client (to the stag): thank you.",
        character: "stag",
      },
    ],
    counterExamples: [
      // The client telling the practitioner, no figure spoken to.
      "Vault hold. Pt says: sleeping better since the last session.",
      "Held her feet. She said one thing: the week had been long.",
      "Pt supine. Held occiput. Pt says, however, the pain is less.",
    ],
  },
  {
    id: "message-label",
    reads:
      "a figure's words labelled by a message noun and a colon: 'Message: …' (the figure in conversation), \"Owl's message: …\", 'Message from the owl: …', 'Answer: …' after the client's question",
    examples: [
      { text: "Held occiput. Pt sees an owl in a tree. Message: you can stop running.", character: "owl" },
      {
        text: "Held occiput. Pt sees an owl in a tree. Owl's message: you can stop running.",
        character: "owl",
      },
      { text: "Held occiput. Message from the old heron: stand still.", character: "old heron" },
      {
        text: "Held occiput. Pt sees an owl in a tree. Pt asks it what it knows. Answer: more than you think.",
        character: "owl",
      },
    ],
    counterExamples: [
      // No figure: a message of the practitioner's, an answer of the client's.
      "Held occiput. Message: rebook in two weeks.",
      "Held occiput. Asked about sleep. Answer: better since Tuesday.",
    ],
  },
  {
    id: "vocative",
    reads:
      "a body part or inner figure addressed by name at the head of a question ('Shoulder, what do you need?')",
    examples: [
      { text: "My shoulder ached.\nShoulder, what do you need from me?", character: "shoulder" },
      { text: "Body, how can I help?", character: "body" },
    ],
    counterExamples: ["Honestly, what do you do with a week like that?", "Mum, can you pick me up?"],
  },
];
