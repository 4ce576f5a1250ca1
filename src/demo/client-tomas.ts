// Demo client 4: a long process — two years, 46 sessions — so every view of the workspace is seen
// at a realistic size. Grief for a brother held in the diaphragm, a boy hiding in the attic, a
// father's judgement. The sessions are assembled from the phases of the work: what arises in each
// session follows where the process is (recurring characters whose messages change as it moves,
// threads that open and resolve, memories from before birth to adulthood).
import type { DemoClient, DemoPiece, DemoSession } from "./demo-types";
import {
  character,
  emotion,
  innerProcess,
  insight,
  memory,
  message,
  movement,
  release,
  sensation,
  smell,
  sound,
  T,
  taste,
  temperature,
  visual,
} from "./demo-builders";

const SESSIONS = 46;
const FIRST = Date.UTC(2024, 11, 3);

/** Every 15 days or so, the odd week longer (holidays), from December 2024. */
function dateOf(i: number): string {
  const days = i * 15 + Math.floor(i / 3) * 2;
  return new Date(FIRST + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 arrival, 1 the attic, 2 the brother, 3 the father, 4 integration. */
function phaseOf(i: number): number {
  return Math.min(4, Math.floor(i / 10));
}

type Sentence = { text: string; piece: (quote: string) => DemoPiece };

const s = (text: string, piece: (quote: string) => DemoPiece): Sentence => ({ text, piece });

const SENSATIONS: Sentence[] = [
  s("Tomas felt a band of pressure across his diaphragm", (q) =>
    sensation(q, { regions: ["diaphragm"], threads: ["breath"] }),
  ),
  s("His chest felt heavy, as if a stone lay on the sternum", (q) => sensation(q, { regions: ["chest"] })),
  s("A tingling spread down his left arm into the hand", (q) =>
    sensation(q, { regions: ["arms", "hands"], laterality: "left" }),
  ),
  s("He noticed a dull ache low in his back on the right", (q) =>
    sensation(q, { regions: ["lower-back"], laterality: "right" }),
  ),
  s("The back of his head felt thick and numb", (q) => sensation(q, { regions: ["occiput"] })),
  s("His jaw clenched hard on the left side", (q) => sensation(q, { regions: ["jaw"], laterality: "left" })),
  s("He felt a pulsing in his solar plexus", (q) => sensation(q, { regions: ["solar-plexus"] })),
  s("His throat tightened until swallowing was an effort", (q) => sensation(q, { regions: ["throat"] })),
  s("A lightness came into his shoulders", (q) => sensation(q, { regions: ["shoulders"] })),
  s("His feet felt warm and rooted on the table", (q) => sensation(q, { regions: ["feet"] })),
  s("He felt pressure behind his eyes", (q) => sensation(q, { regions: ["eyes"] })),
  s("His right knee began to ache where he injured it at school", (q) =>
    sensation(q, { regions: ["knees"], laterality: "right" }),
  ),
];

const RELEASES: Sentence[] = [
  s("The fascia under my hand softened and he sighed deeply", (q) =>
    release(q, { regions: ["diaphragm"], threads: ["breath"] }),
  ),
  s("He sobbed for a few minutes and his breathing deepened", (q) =>
    release(q, { regions: ["chest"], threads: ["brother"] }),
  ),
  s("The sacrum settled and his legs let go", (q) => release(q, { regions: ["sacrum", "legs"] })),
  s("His neck lengthened and the tissue let go", (q) => release(q, { regions: ["neck"] })),
  s("A long breath went out of him and his belly softened", (q) => release(q, { regions: ["abdomen"] })),
  s("The thoracic inlet opened on the left", (q) => release(q, { regions: ["chest"], laterality: "left" })),
];

const OTHERS: Sentence[] = [
  s("He saw a grey light filling the attic window", (q) => visual(q, ["grey"], { threads: ["attic"] })),
  s("He felt cold right through, his hands icy", (q) => temperature(q, "cold", { regions: ["hands"] })),
  s("His right leg twitched sharply twice", (q) =>
    movement(q, "spasm", { regions: ["legs"], laterality: "right" }),
  ),
  s("He heard rain on a tin roof", (q) => sound(q)),
  s("He could smell sawdust and his father's workshop", (q) => smell(q, { threads: ["father"] })),
  s("He tasted salt, like tears in the mouth", (q) => taste(q, { regions: ["mouth"] })),
  s("He sensed his kidneys as two warm lamps", (q) => innerProcess(q, { regions: ["kidneys"] })),
  s("Heat spread through his chest and face", (q) => temperature(q, "hot", { regions: ["chest", "face"] })),
  s("His whole body trembled for a minute", (q) => movement(q, "tremor", { regions: ["whole-body"] })),
  s("He saw a blue lake with his brother's boat on it", (q) => visual(q, ["blue"], { threads: ["brother"] })),
  s("He felt the cells of his lungs opening like small flowers", (q) =>
    innerProcess(q, { regions: ["lungs"], threads: ["breath"] }),
  ),
  s("His arms moved slowly outwards as if unwinding", (q) => movement(q, "movement", { regions: ["arms"] })),
  s("He saw a golden light around his heart", (q) => visual(q, ["gold"], { regions: ["heart"] })),
  s("He heard a humming like a choir far away", (q) => sound(q)),
];

const EMOTIONS: Sentence[][] = [
  [
    s("He felt anxious about lying still for so long", (q) => emotion(q, ["anxiety"])),
    s("He felt a knot of fear in his stomach", (q) => emotion(q, ["fear"], { regions: ["stomach"] })),
  ],
  [
    s("He was frightened, the way he was in the attic", (q) => emotion(q, ["fear"], { threads: ["attic"] })),
    s("He felt very alone up there in the dark", (q) => emotion(q, ["loneliness"], { threads: ["attic"] })),
  ],
  [
    s("A deep sadness for Erik came up in his chest", (q) =>
      emotion(q, ["sadness"], { regions: ["chest"], threads: ["brother"] }),
    ),
    s("He felt guilty that he was the one who lived", (q) => emotion(q, ["guilt"], { threads: ["brother"] })),
  ],
  [
    s("He felt anger rise in his jaw towards his father", (q) =>
      emotion(q, ["anger"], { regions: ["jaw"], threads: ["father"] }),
    ),
    s("He felt ashamed of never being good enough", (q) => emotion(q, ["shame"], { threads: ["father"] })),
  ],
  [
    s("He felt calm spreading through his whole body", (q) =>
      emotion(q, ["calm"], { regions: ["whole-body"] }),
    ),
    s("He felt love for Erik, and relief", (q) => emotion(q, ["love", "relief"], { threads: ["brother"] })),
  ],
];

/** The memories recalled, by session: the process goes back and forth through his life. */
const MEMORIES: Record<number, Sentence> = {
  2: s("He remembered starting school at six and not wanting to let go of his mother's hand", (q) =>
    memory(q, 6),
  ),
  5: s("He remembered being locked in the attic at seven after breaking a window", (q) =>
    memory(q, 7, { threads: ["attic"] }),
  ),
  8: s("He was four and hiding under the stairs while his parents argued", (q) => memory(q, 4)),
  11: s("He remembered the attic again, the smell of dust, when he was seven", (q) =>
    memory(q, 7, { threads: ["attic"] }),
  ),
  13: s("He was fourteen, standing at the lake the morning Erik drowned", (q) =>
    memory(q, 14, { threads: ["brother"] }),
  ),
  16: s("He remembered the funeral, nobody speaking in the car", (q) =>
    memory(q, 14, { threads: ["brother"] }),
  ),
  18: s("He sensed himself curled in the womb, before he was born, hearing his mother cry", (q) =>
    memory(q, null, { period: "prenatal" }),
  ),
  20: s("He was sixteen and his father said he would never amount to anything", (q) =>
    memory(q, 16, { threads: ["father"] }),
  ),
  23: s("He remembered his birth as being squeezed and stuck", (q) =>
    memory(q, null, { period: "birth", regions: ["head"] }),
  ),
  25: s("He was nine and his father praised Erik's drawing and tore up his", (q) =>
    memory(q, 9, { threads: ["father"] }),
  ),
  28: s("He remembered being a baby in a cot, with no one coming", (q) =>
    memory(q, null, { period: "infancy" }),
  ),
  31: s("At twenty-three he left for the city without saying goodbye to his father", (q) =>
    memory(q, 23, { threads: ["father"] }),
  ),
  34: s("He remembered Erik teaching him to row when he was ten", (q) =>
    memory(q, 10, { threads: ["brother"] }),
  ),
  37: s("He remembered his daughter's birth when he was thirty-one", (q) => memory(q, 31)),
  40: s("He remembered his father in hospital last year, holding his hand", (q) =>
    memory(q, 44, { threads: ["father"] }),
  ),
  43: s("He was twelve and building a raft with Erik", (q) => memory(q, 12, { threads: ["brother"] })),
};

interface Figure {
  label: string;
  aspect: "child" | "ancestor" | "animal" | "critic";
  /** Sessions in which it appears. */
  appears: (i: number) => boolean;
  appearance: string[];
  /** Messages in the order they come; they change as the process moves. */
  messages: string[];
  thread?: string;
}

const FIGURES: Figure[] = [
  {
    label: "boy in the attic",
    aspect: "child",
    appears: (i) => i >= 4 && i % 3 === 1,
    appearance: [
      "A boy in the attic was sitting in the dark with his knees pulled up",
      "The boy in the attic was there again, nearer the window now",
      "The boy in the attic came down the ladder and stood beside him",
    ],
    messages: [
      "Don't open the door, it's safer in here",
      "Nobody comes when I call",
      "Is it over yet?",
      "I am cold, will you stay?",
      "I thought it was my fault",
      "You came back for me",
      "I can see the light from here",
      "I want to go outside and play",
      "I'm not scared of the dark any more",
      "We can go to the lake together now",
      "I'm not hiding any more",
      "You can leave the door open",
      "I like it here with you",
      "Let's go home",
      "I'm growing up too",
    ],
    thread: "attic",
  },
  {
    label: "old woman",
    aspect: "ancestor",
    appears: (i) => i >= 9 && i % 4 === 2,
    appearance: [
      "An old woman in a black shawl sat by the stove, like his grandmother",
      "The old woman was by the stove again, knitting",
    ],
    messages: [
      "Grief has to go somewhere",
      "Your breath knows the way",
      "Erik is not lost, he is in you",
      "Let the water carry it",
      "You were only a boy",
      "Your father was frightened too",
      "Now you can rest",
      "I will not need to come so often",
      "You have what you need",
    ],
    thread: "brother",
  },
  {
    label: "wolf",
    aspect: "animal",
    appears: (i) => i >= 14 && i % 5 === 0,
    appearance: ["A grey wolf lay across his chest, watchful", "The wolf walked beside him along the shore"],
    messages: [
      "I keep them away from you",
      "I'm tired of guarding",
      "You can walk on your own now",
      "I will stay near if you call",
      "Run with me",
      "I sleep by the door now",
    ],
  },
  {
    label: "judge",
    aspect: "critic",
    appears: (i) => i >= 19 && i <= 38 && i % 3 === 0,
    appearance: [
      "A judge in a black robe stood at the foot of the table",
      "The judge was smaller today, almost the size of a child",
    ],
    messages: [
      "You'll never amount to anything",
      "Try harder",
      "Who do you think you are?",
      "Maybe you did enough",
      "I was only copying your father",
      "I don't know what to say now",
      "I'll sit down",
    ],
    thread: "father",
  },
];

const CHECK_INS = [
  "Tight chest for months, worse at night; sleeps badly since his father's illness.",
  "A week of headaches at the back of the head; work deadlines.",
  "Felt raw after the last session, then lighter. Slept well three nights.",
  "Argument with his partner; his jaw ached all weekend.",
  "Low mood, no energy; walked by the river on Sunday and felt better.",
  "Good fortnight. Breathing easier on the stairs.",
];

const INTEGRATIONS = [
  "Next time: start at the respiratory diaphragm again and check the right lower back.",
  "Next time: ask whether the boy wants to come out of the attic; go slowly.",
  "Next time: offer the lake image only if he brings it; he was tired at the end.",
  "Next time: check the jaw first; dialogue with the judge if he appears.",
  "Next time: a quieter session, more still point; he asked for space to integrate.",
  "Next time: review the last months together and talk about spacing the sessions.",
];

const INSIGHTS = [
  "He realised he has held his breath since Erik died",
  "He understood that the attic is where he learned to go quiet",
  "He saw that his father's voice and the judge's are the same",
  "He realised the guilt was never his to carry",
  "He understood that grief and love for Erik are one feeling",
  "He realised he can disagree with his father and still love him",
];

function sessionAt(i: number): DemoSession {
  const phase = phaseOf(i);
  const parts: Sentence[] = [];
  parts.push(SENSATIONS[i % SENSATIONS.length]!);
  if (i % 4 === 0 || phase === 0) parts.push(SENSATIONS[(i + 5) % SENSATIONS.length]!);
  const memoryHere = MEMORIES[i];
  if (memoryHere) parts.push(memoryHere);
  FIGURES.forEach((f) => {
    if (!f.appears(i)) return;
    const seen = seenBefore(f, i);
    parts.push(
      s(f.appearance[Math.min(seen, f.appearance.length - 1)]!, (q) =>
        character(q, f.label, f.aspect, f.thread ? { threads: [f.thread] } : {}),
      ),
    );
    const said = f.messages[Math.min(seen, f.messages.length - 1)]!;
    const speaker = f.label === "boy in the attic" ? "The boy" : `The ${f.label}`;
    parts.push(
      s(`${speaker} said, "${said}."`, (q) => message(q, f.label, f.thread ? { threads: [f.thread] } : {})),
    );
  });
  parts.push(EMOTIONS[phase]![i % 2]!);
  parts.push(OTHERS[i % OTHERS.length]!);
  if (i % 2 === 1) parts.push(OTHERS[(i + 7) % OTHERS.length]!);
  parts.push(RELEASES[i % RELEASES.length]!);
  const insightText = i % 3 === 2 ? INSIGHTS[Math.min(phase + (i % 2), INSIGHTS.length - 1)]! : null;
  if (insightText) parts.push(s(insightText, (q) => insight(q)));

  const opening = "I began with a still point at the occiput and waited for the rhythm to settle.";
  // A message ends with its closing quotation mark; every other sentence gets its full stop.
  const narrative = [opening, ...parts.map((p) => (p.text.endsWith('"') ? p.text : `${p.text}.`))].join(" ");
  return {
    date: dateOf(i),
    durationMinutes: 60,
    signed: i < SESSIONS - 1,
    checkIn: CHECK_INS[(i + phase) % CHECK_INS.length]!,
    techniques: [
      T.stillPoint(),
      T.respiratoryDiaphragm(),
      ...(i % 2 === 0 ? [T.thoracicInlet("", "left")] : [T.sacrum()]),
      ...(phase >= 1 ? [T.dialogue(["chest"], "Imagery and dialogue.")] : []),
    ],
    narrative,
    pieces: parts.map((p) => p.piece(p.text)),
    insights: insightText ? `${insightText}.` : "",
    integration: INTEGRATIONS[(i + phase) % INTEGRATIONS.length]! + ` (session ${i + 1})`,
  };
}

function seenBefore(f: Figure, i: number): number {
  let n = 0;
  for (let j = 0; j < i; j++) if (f.appears(j)) n++;
  return n;
}

export const TOMAS: DemoClient = {
  client: {
    name: "Tomas Berg",
    dateOfBirth: "1980-06-21",
    pronouns: "he/him",
    contact: { email: "tomas@demo.tessera.example", phone: "+44 7700 900415", address: "" },
    presentingConcerns: [
      { category: "pain", description: "A tight chest and a stiff back that nothing seems to shift." },
      { category: "depression", description: "Flat and tired since my father got ill." },
      {
        category: "trauma",
        description: "My brother drowned when I was fourteen. We never talked about it.",
      },
    ],
    holisticFactors: {
      personal:
        "44, carpenter with his own small workshop. Older brother Erik drowned when Tomas was 14; the family never spoke of it. " +
        "Father strict and critical, now frail. One daughter, 13. Runs twice a week; stopped when the chest pain started.",
      environmental:
        "Lives with his partner and daughter on the edge of town. Workshop is cold in winter. " +
        "Visits his father in a care home every Sunday.",
    },
  },
  portalLogin: { name: "Tomas Berg", email: "tomas@demo.tessera.example" },
  course: {
    intention:
      "To let Tomas breathe fully again, to give the grief for his brother a place, and to meet his father as an adult.",
    startDate: "2024-12-03",
    endDate: null,
  },
  lifeEvents: [
    { age: 7, title: "Shut in the attic as a punishment", notes: "Several hours, in the dark." },
    { age: 14, title: "Brother Erik drowned in the lake", notes: "Summer holiday; Tomas was on the shore." },
    { age: 16, title: "Left school to work in his father's workshop", notes: "" },
    { age: 23, title: "Moved to the city", notes: "Broke off contact with his father for three years." },
    { age: null, date: "2011-09-14", title: "Daughter born", notes: "" },
    { age: null, date: "2024-08-01", title: "Father's stroke", notes: "Now in a care home." },
  ],
  characters: [
    {
      label: "boy in the attic",
      aspect: "child",
      description: "Tomas at seven, in the dark attic. Came closer over the months and then out.",
    },
    {
      label: "old woman",
      aspect: "ancestor",
      description: "Like his grandmother, by a stove; speaks about grief and breath.",
    },
    { label: "wolf", aspect: "animal", description: "A grey wolf guarding him; slowly lets him walk alone." },
    {
      label: "judge",
      aspect: "critic",
      description: "A judge in a black robe with his father's voice; shrank as the anger found words.",
    },
  ],
  threads: [
    {
      key: "breath",
      name: "Breath held in the diaphragm",
      description: "The diaphragm and chest have held the breath since Erik drowned.",
      status: "resolved",
      history: [
        { status: "understood", session: 8, note: "He named it himself: the breath held since Erik died." },
        {
          status: "resolved",
          session: 31,
          note: "Full breaths on the table and on the stairs for months now.",
        },
      ],
    },
    {
      key: "attic",
      name: "The boy in the attic",
      description: "Fear and loneliness from being shut in the attic at seven; going quiet to survive.",
      status: "understood",
      history: [
        {
          status: "understood",
          session: 17,
          note: "The attic is where he learned to go quiet; the boy came down the ladder.",
        },
      ],
    },
    {
      key: "brother",
      name: "Grief for Erik",
      description: "The grief the family never spoke of, carried in the chest.",
      status: "resolved",
      history: [
        {
          status: "understood",
          session: 14,
          note: "Grief and love for Erik felt as one; he sobbed for the first time.",
        },
        {
          status: "resolved",
          session: 38,
          note: "He can speak of Erik without the chest closing; visited the lake.",
        },
      ],
    },
    {
      key: "father",
      name: "Meeting his father as an adult",
      description: "Anger and shame towards a critical father, now frail; the judge speaks with his voice.",
      status: "open",
      history: [
        {
          status: "understood",
          session: 28,
          note: "The judge speaks with his father's voice; the anger found words.",
        },
        {
          status: "open",
          session: 41,
          note: "Opened again: his father's illness worsened and the old shame came back.",
        },
      ],
    },
  ],
  sessions: Array.from({ length: SESSIONS }, (_, i) => sessionAt(i)),
  reflections: [
    {
      date: "2025-01-20",
      sharedWithPractitioner: true,
      text: "After the session my chest felt bigger. I slept through the night for the first time in months.",
      pieces: [sensation("my chest felt bigger", { regions: ["chest"] })],
    },
    {
      date: "2025-04-02",
      sharedWithPractitioner: true,
      text: "I dreamt of the attic. This time the door was open and there was light on the stairs.",
      pieces: [visual("This time the door was open and there was light on the stairs", [])],
    },
    {
      date: "2025-06-30",
      sharedWithPractitioner: false,
      text: "Went to the lake alone. I could not get out of the car. I am not ready to talk about this.",
      pieces: [emotion("I could not get out of the car", ["fear"])],
    },
    {
      date: "2025-09-15",
      sharedWithPractitioner: true,
      text: "I told my daughter about Erik. I cried in front of her and she held my hand. I felt relieved.",
      pieces: [release("I cried in front of her"), emotion("I felt relieved", ["relief"])],
    },
    {
      date: "2026-02-10",
      sharedWithPractitioner: true,
      text: "Sunday with Dad. He asked about the workshop and I told him I had changed his old bench. He nodded.",
      pieces: [insight("I told him I had changed his old bench")],
    },
    {
      date: "2026-10-28",
      sharedWithPractitioner: true,
      text: "Ran five kilometres without the chest pain. I thought of Erik rowing and felt warm.",
      pieces: [temperature("felt warm", "hot", { regions: ["chest"] })],
    },
  ],
  measures: [
    { instrument: "phq9", date: "2024-12-03", answers: [2, 2, 2, 3, 1, 2, 1, 1, 0] },
    { instrument: "gad7", date: "2024-12-03", answers: [2, 2, 2, 2, 1, 1, 2] },
    { instrument: "phq9", date: "2025-03-04", answers: [2, 2, 2, 2, 1, 2, 1, 1, 0] },
    { instrument: "gad7", date: "2025-03-04", answers: [2, 2, 1, 2, 1, 1, 1] },
    { instrument: "phq9", date: "2025-07-01", answers: [2, 2, 2, 2, 1, 1, 1, 1, 0] },
    { instrument: "gad7", date: "2025-07-01", answers: [1, 2, 1, 2, 1, 1, 1] },
    { instrument: "phq9", date: "2025-12-02", answers: [1, 1, 1, 1, 1, 1, 0, 0, 0] },
    { instrument: "gad7", date: "2025-12-02", answers: [1, 1, 1, 1, 0, 1, 1] },
    { instrument: "phq9", date: "2026-06-02", answers: [1, 1, 0, 1, 0, 1, 0, 0, 0] },
    { instrument: "gad7", date: "2026-06-02", answers: [1, 1, 0, 1, 0, 0, 1] },
    { instrument: "phq9", date: "2026-11-03", answers: [0, 1, 0, 1, 0, 0, 0, 0, 0] },
    { instrument: "gad7", date: "2026-11-03", answers: [0, 1, 0, 1, 0, 0, 0] },
  ],
  consents: [
    { purpose: "treatment", granted: true, date: "2024-12-03", notes: "Hands-on work and dialogue." },
    { purpose: "record-keeping", granted: true, date: "2024-12-03" },
    { purpose: "portal-sharing", granted: true, date: "2025-01-10" },
    { purpose: "research", granted: true, date: "2024-12-03", withdrawn: true },
  ],
};
