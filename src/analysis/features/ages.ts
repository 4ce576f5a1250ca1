// Ages and life periods of recalled events (spec: "age", "period", and the hard cases
// "at nineteen", "as a toddler", "as a teenager", "before he was born"), as rows of slot patterns
// (text/slot-patterns.ts), each with the sentences it must and must not read. At each token the
// first row that holds wins; test/analysis/life-time-rows.test.ts runs every row's examples.
import type { LifePeriod } from "../../domain";
import { periodForAge } from "../../domain";
import { INDEFINITE_ARTICLES, PERSON_POSSESSIVES, PERSON_SUBJECTS_WITH_YOU } from "../lexicon/function-words";
import {
  AGE_ASIDES,
  AGE_CLAUSE_OPENERS,
  AGE_HEDGES,
  BE_PAST,
  BIRTH_TIMES,
  COUNTED_AFTER_AT,
  COUNT_UNITS,
  DECADE_PARTS,
  DECADES,
  GUESS_MODALS,
  NOT_AFTER_AN_AGE,
  PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
  SCHOOLS,
} from "../lexicon/life-times";
import { isTensWord, numberWord } from "../lexicon/numbers";
import type { LifeTime } from "../model";
import type { Token } from "../text/read-text";
import type { PatternRow, Slot, SlotMatch, SlotReader } from "../text/slot-patterns";
import { SlotPatternTable } from "../text/slot-patterns";

/** An age as words or digits ("six", "16", "twenty-one"), whole years 0-120. */
const AGE: SlotReader<number> = {
  opens: (t) => numberWord(t.norm) !== null,
  read(tokens, k, to) {
    const t = tokens[k]!;
    const v = numberWord(t.norm);
    if (v === null) return null;
    if (isTensWord(t.norm) && tokens[k + 1]?.norm === "-" && k + 2 < to) {
      const u = numberWord(tokens[k + 2]!.norm);
      if (u !== null && u > 0 && u < 10) return { value: v + u, last: k + 3 };
    }
    return v > 120 ? null : { value: v, last: k + 1 };
  },
};

/**
 * A period noun with at most one adjective before it ("toddler", "little girl", "young woman").
 * The adjective is passed over for good (no second try at it: "as an adult," tagged ADJ is no noun).
 */
const PERIOD_NOUN_FIRSTS: ReadonlySet<string> = new Set(
  [...PERIOD_NOUNS.keys()].map((p) => p.split(" ")[0]!),
);
const PERIOD_NOUN: SlotReader<LifePeriod> = {
  opens: (t) => t.pos === "ADJ" || PERIOD_NOUN_FIRSTS.has(t.norm),
  read(tokens, k, to) {
    let j = k;
    if (
      j < to &&
      tokens[j]!.pos === "ADJ" &&
      !PERIOD_NOUNS.has(`${tokens[j]!.norm} ${tokens[j + 1]?.norm ?? ""}`)
    )
      j++;
    const one = tokens[j]?.norm ?? "";
    const two = PERIOD_NOUNS.get(`${one} ${tokens[j + 1]?.norm ?? ""}`);
    if (j + 1 < to && two) return { value: two, last: j + 2 };
    const single = PERIOD_NOUNS.get(one);
    return j < to && single ? { value: single, last: j + 1 } : null;
  },
};

const SLOTS: Readonly<Record<string, Slot>> = {
  subject: PERSON_SUBJECTS_WITH_YOU,
  possessive: PERSON_POSSESSIVES,
  "be-past": BE_PAST,
  /** "I was", "I had been", "she must have been": a past or a guess of it. */
  was: "({be-past}|(had|'d) been|{guess-modal} have been)",
  "guess-modal": GUESS_MODALS,
  a: INDEFINITE_ARTICLES,
  hedge: AGE_HEDGES,
  aside: AGE_ASIDES,
  opener: AGE_CLAUSE_OPENERS,
  "birth-time": BIRTH_TIMES,
  age: AGE,
  "period-noun": PERIOD_NOUN,
  "period-adjective": PERIOD_ADJECTIVES,
  school: SCHOOLS,
  decade: DECADES,
  "decade-part": DECADE_PARTS,
  "count-unit": COUNT_UNITS,
  "not-after-an-age": NOT_AFTER_AN_AGE,
  /** After "at" and a number: a noun or a word it counts ("at one point", "at two sessions"). */
  counted: (t) => t.pos === "NOUN" || COUNTED_AFTER_AT.has(t.norm),
  "three-digits": (t) => /^\d{3,}$/.test(t.norm),
};

/** A sentence the row must read, its span in brackets; with the age or period read when the row reads one. */
export type LifeTimeExample = string | readonly [string, number | LifePeriod];

export interface LifeTimeRow extends PatternRow {
  name: string;
  /** The period the row gives; without it, what its reading slot read (an age, or a period). */
  period?: LifePeriod;
  /** Strong forms stand alone; weak ones ("at nine" in a line) need a memory cue (model.ts). */
  strong: boolean | ((tokens: readonly Token[], m: SlotMatch) => boolean);
  examples: readonly LifeTimeExample[];
  counterExamples: readonly string[];
}

/** "At eleven, ...", "- at 5 in the bath", "me at 6": an age that opens its line dates what follows. */
function frontedAge(tokens: readonly Token[], m: SlotMatch): boolean {
  const prev = tokens[m.first - 1];
  return (
    !prev ||
    prev.sentence !== tokens[m.first]!.sentence ||
    prev.pos === "PUNCT" ||
    prev.norm === "me" ||
    prev.norm === "then"
  );
}

/**
 * "I was small again, perhaps seven, ...": a hedged number alone after a comma is the client's
 * age when a person is named before it in the sentence ("a little girl, about six" is a figure's).
 */
function ownHedgedAge(tokens: readonly Token[], m: SlotMatch): boolean {
  const age = m.values[0] as number;
  if (tokens[m.first - 1]?.norm !== "," || age < 2 || age > 90) return false;
  const sentence = tokens[m.first]!.sentence;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 8 && tokens[k]!.sentence === sentence; k--)
    if (PERSON_SUBJECTS_WITH_YOU.has(tokens[k]!.norm) || tokens[k]!.norm === "me") return true;
  return false;
}

export const LIFE_TIME_ROWS: readonly LifeTimeRow[] = [
  {
    name: "before-born",
    pattern: "before {subject} {be-past} born",
    period: "prenatal",
    strong: true,
    examples: ["My grandmother died [before I was born].", "It happened [before you were born]."],
    counterExamples: ["Before I was ready, the bell rang.", "Before you were there, it was empty."],
  },
  {
    name: "in-the-womb",
    pattern: "in (the womb|utero)",
    period: "prenatal",
    strong: true,
    examples: ["I was floating [in the womb].", "Something happened [in utero]."],
    counterExamples: ["In the room it was quiet.", "In the world outside."],
  },
  {
    name: "in-mothers-womb",
    pattern: "in (my|her|his) mother's womb",
    period: "prenatal",
    strong: true,
    examples: ["I was curled up [in my mother's womb].", "He lay [in his mother's womb]."],
    counterExamples: ["In my mother's kitchen the radio played.", "In their mother's womb."],
  },
  {
    name: "before-birth",
    pattern: "before (birth|conception)",
    period: "prenatal",
    strong: true,
    examples: ["[Before birth]: floating, every sound muffled.", "A time [before conception]."],
    counterExamples: ["Before bed I read.", "After birth it was loud."],
  },
  {
    name: "being-born",
    pattern: "being born",
    period: "birth",
    strong: true,
    examples: ["I remembered [being born].", "She relived [being born] into cold light."],
    counterExamples: ["Being bored, I left.", "Born in May, she was a spring child."],
  },
  {
    name: "at-birth",
    pattern: "at birth",
    period: "birth",
    strong: true,
    examples: ["We were separated [at birth].", "[At birth] the cord was around my neck."],
    counterExamples: ["At bedtime I cried.", "After birth we went home."],
  },
  {
    name: "at-own-birth",
    pattern: "at {possessive} birth",
    period: "birth",
    strong: true,
    examples: ["My father was absent [at my birth].", "Nobody came [at her birth]."],
    counterExamples: ["At my side she sat.", "At its birth the river is small."],
  },
  {
    name: "born-day",
    pattern: "{birth-time} {subject} {be-past} born",
    period: "birth",
    strong: true,
    examples: ["It rained the [day I was born].", "The [night she was born] the power went out."],
    counterExamples: ["The day I was married it rained.", "The day I born a child."],
  },
  {
    name: "as-a-period",
    pattern: "as {a} {period-noun}",
    strong: true,
    examples: [
      ["[As a teenager] I hid in my room.", "adolescence"],
      ["I was scared of the dark [as a toddler].", "infancy"],
      ["[As a little girl] I loved the sea.", "childhood"],
      ["[As a young woman] she travelled alone.", "adulthood"],
    ],
    counterExamples: ["As a result I left.", "As the child slept we talked.", "As a doctor I knew."],
  },
  {
    name: "school",
    pattern: "(in|at|to) (the|my|her|his)? {school}",
    strong: false,
    examples: [
      ["I was bullied [in primary school].", "childhood"],
      ["We met [at university].", "adulthood"],
      ["She walked [to the high school] alone.", "adolescence"],
      ["He went back [to his nursery].", "childhood"],
    ],
    counterExamples: ["In the school hall.", "In our kindergarten.", "From high school on."],
  },
  {
    name: "own-birth",
    pattern: "{possessive} own? birth",
    period: "birth",
    strong: false,
    examples: ["She relived [her own birth].", "I thought of [my birth]."],
    counterExamples: ["Its birth was slow.", "My own bird sang."],
  },
  {
    name: "decade",
    pattern: "(in|from) {possessive} {decade-part}? {decade}",
    strong: true,
    examples: [
      ["I smoked [in my teens].", "adolescence"],
      ["Somewhere [in my late twenties], on a night bus home.", "adulthood"],
      ["He drank [from his early thirties].", "adulthood"],
    ],
    counterExamples: ["In the teens of the century.", "In my late nineties.", "Since my twenties."],
  },
  {
    name: "was-age",
    pattern: "{opener}? {subject} {was} {aside}* {age} (years old|!{not-after-an-age})",
    strong: true,
    examples: [
      ["Mum left [when I was six].", 6],
      ["[I was suddenly nine] again, in the garden.", 9],
      ["The attic at my aunt's, [when I must have been twelve].", 12],
      ["[He had been about eight], the winter the pipes froze.", 8],
      ["[Until she was seven years old] she lived by the sea.", 7],
      ["[When you were twenty-one] you moved.", 21],
      ["Then [i was like 5] again, at nan's caravan.", 5],
    ],
    counterExamples: [
      "I was like, no way.",
      "I was ten minutes late.",
      "She was two years behind.",
      "I was one-nil down.",
      "I was 150 in line.",
    ],
  },
  {
    name: "was-a-period",
    pattern: "{opener} {subject} {was} {aside}* {a} {period-noun}",
    strong: true,
    examples: [
      ["[When she was a baby] she cried a lot.", "infancy"],
      ["I lived there [since I was a little kid].", "childhood"],
    ],
    counterExamples: ["She was a baby about it.", "When she was a doctor she worked nights."],
  },
  {
    name: "was-little",
    pattern: "when {subject} {was} {aside}* {period-adjective}",
    strong: true,
    examples: [
      ["[When I was little] we had a dog.", "childhood"],
      ["[When he was tiny] he slept all day.", "infancy"],
    ],
    counterExamples: ["Since I was little, I hated it.", "I was little help."],
  },
  {
    name: "being-age",
    pattern: "being {hedge}* {age} !{count-unit}",
    strong: false,
    examples: [["I remember [being five] and afraid.", 5]],
    counterExamples: ["Being ten minutes late.", "Being a few years older."],
  },
  {
    name: "aged-age",
    pattern: "(aged|age) {hedge}* {age} !{count-unit}",
    strong: true,
    examples: [
      ["A girl, [aged seven], lost in a shop.", 7],
      ["From [age nearly ten] I walked to school.", 10],
    ],
    counterExamples: ["Aged ten days, the cheese was ready.", "The age of reason."],
  },
  {
    name: "being-a-period",
    pattern: "being {a} {period-noun}",
    strong: false,
    examples: [["I remembered [being a child] in that house.", "childhood"]],
    counterExamples: ["Being a doctor is hard.", "Being the child of two doctors."],
  },
  {
    name: "at-the-age-of",
    pattern: "at (age|the age of) !{three-digits} {age} !{counted}",
    strong: true,
    examples: [
      ["She moved [at age seven].", 7],
      ["I broke my arm [at the age of 12].", 12],
    ],
    counterExamples: ["At the age of reason.", "At age 150 the tortoise died.", "At age two weeks."],
  },
  {
    name: "at-age",
    pattern: "at !{three-digits} {age} !{counted}",
    strong: frontedAge,
    examples: [
      ["[At nine], my uncle teaching me to row across the lake.", 9],
      ["- me [at 6], paddling pool, sun on my back", 6],
      ["He left home [at nineteen] for the city.", 19],
    ],
    counterExamples: [
      "At one point my hands got hot.",
      "We met at two o'clock.",
      "At one of them I stopped.",
      "At 100 it stops.",
      "At ten: tea.",
    ],
  },
  {
    name: "hedged-age",
    pattern: "{hedge} {age} &(,|.|or)",
    guard: ownHedgedAge,
    strong: true,
    examples: [["Suddenly I was tiny again, [maybe four], hiding behind the sofa.", 4]],
    counterExamples: [
      "A little boy appeared by the gate, about seven, barefoot.",
      "I was tired, about one, so I slept.",
      "I waited about ten, then left.",
    ],
  },
  {
    name: "n-year-old",
    pattern: "{age} (-year-old|years old|year old)",
    strong: false,
    examples: [
      ["I saw a [six-year-old] girl.", 6],
      ["My son, [four years old], ran in.", 4],
      ["A [twenty-one-year-old] student.", 21],
    ],
    counterExamples: ["Six years ago we moved.", "Ten-year plans."],
  },
];

const TABLE = new SlotPatternTable(LIFE_TIME_ROWS, SLOTS);

/** The age or period a row's match gives. */
function lifeTimeOf(tokens: readonly Token[], row: LifeTimeRow, m: SlotMatch): LifeTime {
  const read = m.values.find((v) => typeof v === "number" || typeof v === "string");
  const age = typeof read === "number" ? read : null;
  const period =
    row.period ?? (age !== null ? periodForAge(age) : ((read as LifePeriod | undefined) ?? null));
  const strong = typeof row.strong === "boolean" ? row.strong : row.strong(tokens, m);
  return { age, period, first: m.first, last: m.last, strong };
}

/** The age or period expressions in [from, to) with the rows that read them (longest first at each token). */
export function findLifeTimeRows(
  tokens: readonly Token[],
  from: number,
  to: number,
): { row: LifeTimeRow; time: LifeTime }[] {
  const out: { row: LifeTimeRow; time: LifeTime }[] = [];
  for (let i = from; i < to; i++) {
    const found = TABLE.matchAt(tokens, i, to);
    if (found) {
      out.push({ row: found.row, time: lifeTimeOf(tokens, found.row, found.match) });
      i = found.match.last - 1;
    }
  }
  return out;
}

/** Finds the age or period expressions in [from, to). */
export function findLifeTimes(tokens: readonly Token[], from: number, to: number): LifeTime[] {
  return findLifeTimeRows(tokens, from, to).map((f) => f.time);
}

/** One row alone over [from, to): where its pattern and guard hold (for the rows' own test). */
export function matchesOfRow(
  row: LifeTimeRow,
  tokens: readonly Token[],
  from: number,
  to: number,
): LifeTime[] {
  const index = LIFE_TIME_ROWS.indexOf(row);
  const out: LifeTime[] = [];
  for (let i = from; i < to; i++) {
    const m = TABLE.matchRowAt(index, tokens, i, to);
    if (m) out.push(lifeTimeOf(tokens, row, m));
  }
  return out;
}
