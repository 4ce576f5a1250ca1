// The practitioner's side of a session: technique, prompts and speech. A clause whose subject is
// the practitioner and whose verb is a technique verb records technique, not an experience
// (spec: "What is not a piece").

/** Lemmas of what a practitioner does with the hands or the session. */
export const TECHNIQUE_VERBS: ReadonlySet<string> = new Set([
  "begin",
  "start",
  "move",
  "hold",
  "do",
  "place",
  "put",
  "follow",
  "keep",
  "finish",
  "work",
  "use",
  "apply",
  "lift",
  "cradle",
  "support",
  "rest",
  "stay",
  "wait",
  "remind",
  "check",
  "assess",
  "evaluate",
  "glide",
  "decompress",
  "balance",
  "induce",
  "end",
  "return",
  "contact",
  "track",
  "palpate",
  "compress",
  "continue",
  "repeat",
  "treat",
  "switch",
  "go",
  "come",
  "let",
  "cup",
  "touch",
  "press",
  "spend",
  "take",
  "add",
  "close",
  "open",
  "offer",
  "give",
  "settle",
  "monitor",
  "listen",
  "encourage",
  "guide",
  "ground",
  "tell",
  "explain",
  "have",
  "mirror",
  "match",
  "engage",
  "release",
  "spread",
  "stretch",
  "slide",
  "position",
  "test",
]);

/** Lemmas of a practitioner's question or suggestion ("I asked whether she could sense any colour"). */
export const PROMPT_VERBS: ReadonlySet<string> = new Set([
  "ask",
  "invite",
  "suggest",
  "encourage",
  "prompt",
  "wonder",
  "offer",
  "propose",
  "check",
  "inquire",
  "enquire",
]);

/** Lemmas of saying, for message turns. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "reply",
  "answer",
  "ask",
  "call",
  "whisper",
  "shout",
  "yell",
  "murmur",
  "add",
  "continue",
  "repeat",
  "insist",
  "respond",
  "explain",
  "promise",
  "warn",
  "beg",
  "plead",
  "agree",
  "cry",
  "scream",
  "mutter",
  "sing",
  "announce",
  "declare",
  "demand",
  "urge",
  "speak",
  "laugh",
  "sigh",
  "protest",
  "admit",
  "apologise",
  "apologize",
  "thank",
  "reassure",
  "assure",
  "retort",
  "chant",
  "croak",
  "bark",
  "growl",
  "hiss",
]);

/** Names of techniques; a clause naming one with no client experience in it is technique. */
export const TECHNIQUE_NOUNS: readonly string[] = [
  "cv4",
  "cv-4",
  "still point",
  "still-point",
  "stillpoint",
  "v-spread",
  "v spread",
  "frontal lift",
  "parietal lift",
  "sphenoid hold",
  "sacral hold",
  "dural tube",
  "diaphragm release",
  "diaphragm releases",
  "thoracic inlet",
  "hyoid",
  "lumbosacral decompression",
  "temporal bone",
  "ear pull",
  "occipital cradle",
  "cranial base release",
  "mastoid",
  "tmj release",
  "listening station",
  "direction of energy",
  "arcing",
  "fascial release",
  "fascial unwinding",
  "myofascial release",
  "dural tube glide",
  "sphenoid",
  "parietal",
  "frontal",
  "respiratory diaphragm",
  "pelvic diaphragm",
  "compression",
  "decompression",
  "traction",
  "hold",
  "holds",
];

/** Verbs of reporting and perceiving: "she said she felt ..." reports an experience rather than speaking to a figure. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  "feel",
  "sense",
  "notice",
  "understand",
  "realise",
  "realize",
  "see",
  "hear",
  "know",
  "think",
  "describe",
  "report",
  "mention",
  "smell",
  "taste",
  "recognise",
  "recognize",
  "remember",
]);

/** How texts name the practitioner. */
export const PRACTITIONER_NOUNS: ReadonlySet<string> = new Set([
  "therapist",
  "practitioner",
  "clinician",
  "cst",
  "osteopath",
  "osteo",
  "bodyworker",
]);

/** How notes name the person treated (lower case). */
export const CLIENT_NOUNS: ReadonlySet<string> = new Set(["client", "pt", "patient", "cl"]);

/** Words only a practitioner writes of their own work: each weighs towards a practitioner narrator. */
export const PRACTITIONER_MARKERS = ["client", "patient", "my client", "the client"] as const;

/** Note shorthand for the client as written ("Pt reports…", "pt sees…"): "PT" is physical therapy. */
export const CLIENT_SHORTHAND: ReadonlySet<string> = new Set(["Pt", "pt"]);

/**
 * Words that show the session itself is being told: what comes before the first of them (or the
 * first technique) is read as check-in talk when it reads like it. Lying on a table, bench or floor
 * starts it too (test/analysis/session-starts.test.ts).
 */
export const SESSION_STARTS = [
  "on the table",
  "during the session",
  "in the session",
  "the session began",
  "the session started",
  "lay down on",
  "lying on the table",
  "her hands on",
  "his hands on",
  "your hands on",
  "her hands under",
  "his hands under",
  "your hands under",
  "hands-on",
  "treatment :",
  "techniques :",
  "observations :",
  "session notes :",
  "during treatment",
  "'s hands were",
  "hands were on",
  "hands were under",
  "hands on my",
  "hands under my",
  "lay down",
  "lie down",
  "lying down",
  "on the couch",
  "lay on the",
  // lying face up or down on the table ("she had me lie face up")
  "lie face",
  "lay face",
  "lying face",
  // someone holding the writer's head or feet ("while Carys was holding my head"): one does not
  // hold one's own
  "holding my head",
  "held my head",
  "cradled my head",
  "cradling my head",
  "holding my feet",
  "held my feet",
  "she held my",
  "he held my",
];

// Verbs of a conversation, read by the turn and dialogue detectors (detect/turns.ts, dialogue.ts).

export const INDIRECT_SPEECH = new Set([
  "say",
  "tell",
  "ask",
  "answer",
  "reply",
  "promise",
  "explain",
  "respond",
  "call",
  "whisper",
  "shout",
  "insist",
  "agree",
  "admit",
  "apologise",
  "apologize",
  "thank",
  "beg",
  "plead",
  "reassure",
  "assure",
]);

/** Verbs of a conversation's turn: asked, answered or thanked, the words are put to someone. */
export const TURN_VERBS: ReadonlySet<string> = new Set([
  "ask",
  "reply",
  "answer",
  "respond",
  "thank",
  "promise",
]);

/** Verbs that address their object: the one asked, told or thanked is spoken to. */
export const ADDRESSING_VERBS = new Set([
  "ask",
  "tell",
  "thank",
  "answer",
  "promise",
  "reassure",
  "assure",
  "beg",
  "question",
]);

/** Words for a session and its time ("my session was over", "notes for the appointment"). */
export const SESSION_WORDS: ReadonlySet<string> = new Set([
  "session",
  "sessions",
  "appointment",
  "treatment",
  "work",
  "time",
]);

/**
 * Who or what, realised, makes a realisation about the room rather than about oneself: "I realised
 * my session was over", "I realised the other students were staring".
 */
export const SITUATION_SUBJECTS: ReadonlySet<string> = new Set([
  ...SESSION_WORDS,
  "hour",
  "class",
  "students",
  "others",
  "everyone",
  "everybody",
  "people",
]);
