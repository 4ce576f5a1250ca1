// The practitioner's side of a session: technique, prompts and speech. A clause whose subject is
// the practitioner and whose verb is a technique verb records technique, not an experience
// (spec: "What is not a piece").

/** Lemmas of what a practitioner does with the hands or the session. */
export const TECHNIQUE_VERBS: ReadonlySet<string> = new Set([
  "begin", "start", "move", "hold", "do", "place", "put", "follow", "keep", "finish", "work", "use", "apply",
  "lift", "cradle", "support", "rest", "stay", "wait", "remind", "check", "assess", "evaluate", "glide",
  "decompress", "balance", "induce", "end", "return", "contact", "track", "palpate", "compress", "continue",
  "repeat", "treat", "switch", "go", "come", "let", "cup", "touch", "press", "spend", "take", "add", "close",
  "open", "offer", "give", "settle", "monitor", "listen", "encourage", "guide", "ground", "tell", "explain",
  "have", "mirror", "match", "engage", "release", "spread", "stretch", "slide", "position", "test",
]);

/** Lemmas of a practitioner's question or suggestion ("I asked whether she could sense any colour"). */
export const PROMPT_VERBS: ReadonlySet<string> = new Set([
  "ask", "invite", "suggest", "encourage", "prompt", "wonder", "offer", "propose", "check", "inquire", "enquire",
]);

/** Lemmas of saying, for message turns. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "reply", "answer", "ask", "call", "whisper", "shout", "yell", "murmur", "add", "continue",
  "repeat", "insist", "respond", "explain", "promise", "warn", "beg", "plead", "agree", "cry", "scream",
  "mutter", "sing", "announce", "declare", "demand", "urge", "speak", "laugh", "sigh", "protest", "admit",
  "apologise", "apologize", "thank", "reassure", "retort", "insist", "chant", "croak", "bark", "growl", "hiss",
]);

/** Names of techniques; a clause naming one with no client experience in it is technique. */
export const TECHNIQUE_NOUNS: readonly string[] = [
  "cv4", "cv-4", "still point", "still-point", "stillpoint", "v-spread", "v spread", "frontal lift", "parietal lift",
  "sphenoid hold", "sacral hold", "dural tube", "diaphragm release", "diaphragm releases", "thoracic inlet",
  "hyoid", "lumbosacral decompression", "temporal bone", "ear pull", "occipital cradle", "cranial base release",
  "mastoid", "tmj release", "listening station", "direction of energy", "arcing", "fascial release",
  "fascial unwinding", "myofascial release", "dural tube glide", "sphenoid", "parietal", "frontal",
  "respiratory diaphragm", "pelvic diaphragm", "compression", "decompression", "traction", "hold", "holds",
];

/** Verbs of reporting and perceiving: "she said she felt ..." reports an experience rather than speaking to a figure. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  "feel", "sense", "notice", "understand", "realise", "realize", "see", "hear", "know", "think", "describe",
  "report", "mention", "smell", "taste", "recognise", "recognize", "remember",
]);
