// Ages and life periods of recalled events (spec: "age", "period", and the hard cases
// "at nineteen", "as a toddler", "as a teenager", "before he was born").
import type { LifePeriod } from "../../domain";
import { periodForAge } from "../../domain";
import { PERSON_POSSESSIVES, PERSON_SUBJECTS_WITH_YOU } from "../lexicon/function-words";
import { isTensWord, numberWord } from "../lexicon/numbers";
import type { LifeTime } from "../model";
import type { Token } from "../text/read-text";

const BE_PAST = new Set(["was", "were"]);
const HEDGES = new Set([
  "maybe",
  "about",
  "around",
  "only",
  "just",
  "barely",
  "nearly",
  "almost",
  "perhaps",
  "probably",
  "roughly",
]);
const TIME_UNITS = new Set([
  "minute",
  "minutes",
  "hour",
  "hours",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "o'clock",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  "times",
  "percent",
  "%",
  "pounds",
  "kilos",
  "miles",
  "feet",
  "inches",
  "metres",
  "meters",
]);

/** Nouns that place a memory in a period ("as a toddler", "when she was a baby"). */
const PERIOD_NOUNS: Record<string, LifePeriod> = {
  baby: "infancy",
  infant: "infancy",
  toddler: "infancy",
  newborn: "infancy",
  child: "childhood",
  kid: "childhood",
  girl: "childhood",
  boy: "childhood",
  schoolgirl: "childhood",
  schoolboy: "childhood",
  youngster: "childhood",
  teenager: "adolescence",
  teen: "adolescence",
  adolescent: "adolescence",
  adult: "adulthood",
  student: "adulthood",
  "young woman": "adulthood",
  "young man": "adulthood",
  "young mother": "adulthood",
  "new mother": "adulthood",
  bride: "adulthood",
  "young mum": "adulthood",
  "young mom": "adulthood",
  "new mum": "adulthood",
  "new mom": "adulthood",
  "young father": "adulthood",
  "young dad": "adulthood",
  "new dad": "adulthood",
  "young wife": "adulthood",
  "small child": "childhood",
  "little kid": "childhood",
};
/** Adjectives after "when I was": "when she was little". */
const PERIOD_ADJECTIVES: Record<string, LifePeriod> = {
  little: "childhood",
  small: "childhood",
  young: "childhood",
  tiny: "infancy",
};

/** Finds the age or period expressions in [from, to). */
export function findLifeTimes(tokens: readonly Token[], from: number, to: number): LifeTime[] {
  const out: LifeTime[] = [];
  for (let i = from; i < to; i++) {
    const found = lifeTimeAt(tokens, i, to);
    if (found) {
      out.push(found);
      i = found.last - 1;
    }
  }
  return out;
}

function tok(tokens: readonly Token[], to: number, k: number): Token | undefined {
  return k < to ? tokens[k] : undefined;
}

/** Words that can open an age or period expression; others are skipped without further tests. */
const OPENERS = new Set([
  "before",
  "in",
  "being",
  "at",
  "day",
  "moment",
  "night",
  "as",
  "aged",
  "age",
  "from",
  "to",
  ...PERSON_SUBJECTS_WITH_YOU,
  ...PERSON_POSSESSIVES,
  ...HEDGES,
]);

function lifeTimeAt(tokens: readonly Token[], i: number, to: number): LifeTime | null {
  const t = tokens[i]!;
  const w = t.norm;
  if (!OPENERS.has(w) && numberWord(w) === null) return null;

  // before I was born / before she was born
  if (
    w === "before" &&
    PERSON_SUBJECTS_WITH_YOU.has(tok(tokens, to, i + 1)?.norm ?? "") &&
    BE_PAST.has(tok(tokens, to, i + 2)?.norm ?? "") &&
    tok(tokens, to, i + 3)?.norm === "born"
  ) {
    return { age: null, period: "prenatal", first: i, last: i + 4, strong: true };
  }
  if (
    (w === "in" && tok(tokens, to, i + 1)?.norm === "the" && tok(tokens, to, i + 2)?.norm === "womb") ||
    (w === "in" && tok(tokens, to, i + 1)?.norm === "utero")
  ) {
    return {
      age: null,
      period: "prenatal",
      first: i,
      last: i + (tok(tokens, to, i + 1)?.norm === "utero" ? 2 : 3),
      strong: true,
    };
  }
  if (
    w === "in" &&
    (tok(tokens, to, i + 1)?.norm === "my" ||
      tok(tokens, to, i + 1)?.norm === "her" ||
      tok(tokens, to, i + 1)?.norm === "his") &&
    tok(tokens, to, i + 2)?.norm === "mother" &&
    tok(tokens, to, i + 3)?.norm === "'s" &&
    tok(tokens, to, i + 4)?.norm === "womb"
  ) {
    return { age: null, period: "prenatal", first: i, last: i + 5, strong: true };
  }
  // before birth / before I was even conceived
  if (w === "before" && /^(birth|conception)$/.test(tok(tokens, to, i + 1)?.norm ?? ""))
    return { age: null, period: "prenatal", first: i, last: i + 2, strong: true };
  // being born / at (my) birth / the day I was born
  if (
    (w === "being" && tok(tokens, to, i + 1)?.norm === "born") ||
    (w === "at" && tok(tokens, to, i + 1)?.norm === "birth")
  ) {
    return { age: null, period: "birth", first: i, last: i + 2, strong: true };
  }
  if (
    w === "at" &&
    PERSON_POSSESSIVES.has(tok(tokens, to, i + 1)?.norm ?? "") &&
    tok(tokens, to, i + 2)?.norm === "birth"
  ) {
    return { age: null, period: "birth", first: i, last: i + 3, strong: true };
  }
  if (
    (w === "day" || w === "moment" || w === "night") &&
    PERSON_SUBJECTS_WITH_YOU.has(tok(tokens, to, i + 1)?.norm ?? "") &&
    BE_PAST.has(tok(tokens, to, i + 2)?.norm ?? "") &&
    tok(tokens, to, i + 3)?.norm === "born"
  ) {
    return { age: null, period: "birth", first: i, last: i + 4, strong: true };
  }
  // as a teenager / as a toddler / as a young woman
  if (w === "as" && (tok(tokens, to, i + 1)?.norm === "a" || tok(tokens, to, i + 1)?.norm === "an")) {
    const p = periodNounAt(tokens, i + 2, to);
    if (p) return { age: null, period: p.period, first: i, last: p.last, strong: true };
  }
  // school years and places: "in primary school", "at university" (they date a memory already told)
  if ((w === "in" || w === "at" || w === "to") && i + 1 < to) {
    const school = schoolPeriod(tokens, i + 1, to);
    if (school) return { age: null, period: school.period, first: i, last: school.last, strong: false };
  }
  // her own birth, my birth (with a memory cue: "she relived her own birth")
  if (PERSON_POSSESSIVES.has(w)) {
    const own = tok(tokens, to, i + 1)?.norm === "own" ? 1 : 0;
    if (tok(tokens, to, i + 1 + own)?.norm === "birth") {
      return { age: null, period: "birth", first: i, last: i + 2 + own, strong: false };
    }
  }
  // in her teens / from his twenties
  if ((w === "in" || w === "from") && PERSON_POSSESSIVES.has(tok(tokens, to, i + 1)?.norm ?? "")) {
    // "in her late thirties", "in his early teens"
    const x = /^(early|mid|late|middle)$/.test(tok(tokens, to, i + 2)?.norm ?? "") ? 1 : 0;
    const decade = tok(tokens, to, i + 2 + x)?.norm ?? "";
    if (decade === "teens")
      return { age: null, period: "adolescence", first: i, last: i + 3 + x, strong: true };
    if (/^(twenties|thirties|forties|fifties|sixties|seventies|eighties)$/.test(decade)) {
      return { age: null, period: "adulthood", first: i, last: i + 3 + x, strong: true };
    }
  }
  // when I was six / when she was a baby / when he was little / the summer I was sixteen / I was maybe ten
  // "he had been about ten", "when she must have been eleven": a perfect or a guess of the same.
  const perfect =
    /^(had|'d)$/.test(tok(tokens, to, i + 1)?.norm ?? "") && tok(tokens, to, i + 2)?.norm === "been"
      ? 1
      : /^(must|might|may|could|would)$/.test(tok(tokens, to, i + 1)?.norm ?? "") &&
          tok(tokens, to, i + 2)?.norm === "have" &&
          tok(tokens, to, i + 3)?.norm === "been"
        ? 2
        : 0;
  if (PERSON_SUBJECTS_WITH_YOU.has(w) && (perfect > 0 || BE_PAST.has(tok(tokens, to, i + 1)?.norm ?? ""))) {
    let k = i + 2 + perfect;
    // "I was suddenly nine again", "she was maybe ten"
    while (
      HEDGES.has(tok(tokens, to, k)?.norm ?? "") ||
      /^(suddenly|again|once|still|now|just)$/.test(tok(tokens, to, k)?.norm ?? "")
    )
      k++;
    const n = ageAt(tokens, k, to);
    const prev = tokens[i - 1]?.norm ?? "";
    const opener = prev === "when" || prev === "since" || prev === "until" || prev === "till";
    if (
      n &&
      !TIME_UNITS.has(tok(tokens, to, n.last)?.norm ?? "") &&
      !(
        tok(tokens, to, n.last)?.norm === "-" ||
        (tok(tokens, to, n.last)?.norm === "years" && tok(tokens, to, n.last + 1)?.norm !== "old")
      )
    ) {
      const last =
        tok(tokens, to, n.last)?.norm === "years" && tok(tokens, to, n.last + 1)?.norm === "old"
          ? n.last + 2
          : n.last;
      return { age: n.value, period: periodForAge(n.value), first: opener ? i - 1 : i, last, strong: true };
    }
    if (opener) {
      if (tok(tokens, to, k)?.norm === "a" || tok(tokens, to, k)?.norm === "an") {
        const p = periodNounAt(tokens, k + 1, to);
        if (p) return { age: null, period: p.period, first: i - 1, last: p.last, strong: true };
      }
      const adj = PERIOD_ADJECTIVES[tok(tokens, to, k)?.norm ?? ""];
      if (adj && prev === "when") return { age: null, period: adj, first: i - 1, last: k + 1, strong: true };
    }
  }
  // being five / aged seven / age seven / at age seven / at the age of seven / at nineteen
  if (w === "being" || w === "aged" || w === "age") {
    let k0 = i + 1;
    while (HEDGES.has(tok(tokens, to, k0)?.norm ?? "")) k0++;
    const n = ageAt(tokens, k0, to);
    if (n && !TIME_UNITS.has(tok(tokens, to, n.last)?.norm ?? ""))
      return { age: n.value, period: periodForAge(n.value), first: i, last: n.last, strong: w !== "being" };
    if (w === "being" && (tok(tokens, to, i + 1)?.norm === "a" || tok(tokens, to, i + 1)?.norm === "an")) {
      const p = periodNounAt(tokens, i + 2, to);
      if (p) return { age: null, period: p.period, first: i, last: p.last, strong: false };
    }
  }
  if (w === "at") {
    let k = i + 1;
    if (tok(tokens, to, k)?.norm === "age") k++;
    else if (
      tok(tokens, to, k)?.norm === "the" &&
      tok(tokens, to, k + 1)?.norm === "age" &&
      tok(tokens, to, k + 2)?.norm === "of"
    )
      k += 3;
    const n = ageAt(tokens, k, to);
    if (
      n &&
      !TIME_UNITS.has(tok(tokens, to, n.last)?.norm ?? "") &&
      tok(tokens, to, n.last)?.norm !== ":" &&
      !/^\d{3,}$/.test(tokens[k]!.norm) &&
      // "at one point", "at two o'clock", "at one of them": the number counts what follows.
      !countsWhatFollows(tok(tokens, to, n.last))
    ) {
      // "At eleven, ...", "- at 5 in the bath": an age that opens the line dates what follows.
      const prev = tokens[i - 1];
      const fronted =
        !prev ||
        prev.sentence !== t.sentence ||
        prev.pos === "PUNCT" ||
        prev.norm === "me" ||
        prev.norm === "then";
      return {
        age: n.value,
        period: periodForAge(n.value),
        first: i,
        last: n.last,
        strong: k > i + 1 || fronted,
      };
    }
  }
  // "I was small again, perhaps seven, ...": a hedged number standing alone between commas.
  // The client's own age, so a person comes before ("a little girl, about six" is a figure's).
  if (HEDGES.has(w) && tokens[i - 1]?.norm === "," && personBefore(tokens, i)) {
    const n = ageAt(tokens, i + 1, to);
    const after = tok(tokens, to, n?.last ?? i)?.norm ?? "";
    if (n && n.value >= 2 && n.value <= 90 && (after === "," || after === "." || after === "or"))
      return { age: n.value, period: periodForAge(n.value), first: i, last: n.last, strong: true };
  }
  // a six-year-old / six years old
  const n = ageAt(tokens, i, to);
  if (n) {
    const a = tok(tokens, to, n.last)?.norm;
    if (
      a === "-" &&
      tok(tokens, to, n.last + 1)?.norm === "year" &&
      tok(tokens, to, n.last + 2)?.norm === "-" &&
      tok(tokens, to, n.last + 3)?.norm === "old"
    ) {
      return { age: n.value, period: periodForAge(n.value), first: i, last: n.last + 4, strong: false };
    }
    if ((a === "years" || a === "year") && tok(tokens, to, n.last + 1)?.norm === "old") {
      return { age: n.value, period: periodForAge(n.value), first: i, last: n.last + 2, strong: false };
    }
  }
  return null;
}

const SCHOOLS: [string[], LifePeriod][] = [
  [["primary", "school"], "childhood"],
  [["elementary", "school"], "childhood"],
  [["infant", "school"], "childhood"],
  [["junior", "school"], "childhood"],
  [["kindergarten"], "childhood"],
  [["nursery"], "childhood"],
  [["preschool"], "childhood"],
  [["high", "school"], "adolescence"],
  [["secondary", "school"], "adolescence"],
  [["middle", "school"], "adolescence"],
  [["sixth", "form"], "adolescence"],
  [["university"], "adulthood"],
  [["college"], "adulthood"],
  [["uni"], "adulthood"],
];

function schoolPeriod(
  tokens: readonly Token[],
  k: number,
  to: number,
): { period: LifePeriod; last: number } | null {
  let j = k;
  if (/^(the|my|her|his)$/.test(tokens[j]?.norm ?? "")) j++;
  for (const [words, period] of SCHOOLS) {
    if (j + words.length > to) continue;
    if (startsWithWords(tokens, j, words)) return { period, last: j + words.length };
  }
  return null;
}

/** Do the tokens from `at` read these words? (A loop, not every(): it runs for each opener.) */
function startsWithWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[at + n]!.norm !== words[n]) return false;
  return true;
}

function periodNounAt(
  tokens: readonly Token[],
  k: number,
  to: number,
): { period: LifePeriod; last: number } | null {
  let j = k;
  // "a little girl", "a small child": skip one adjective
  if (
    j < to &&
    tokens[j]!.pos === "ADJ" &&
    !(tokens[j]!.norm + " " + (tokens[j + 1]?.norm ?? "") in PERIOD_NOUNS)
  )
    j++;
  const one = tokens[j]?.norm ?? "";
  const two = one + " " + (tokens[j + 1]?.norm ?? "");
  if (j + 1 < to && two in PERIOD_NOUNS) return { period: PERIOD_NOUNS[two]!, last: j + 2 };
  if (j < to && one in PERIOD_NOUNS) return { period: PERIOD_NOUNS[one]!, last: j + 1 };
  return null;
}

/** An age as words or digits at k ("six", "16", "twenty-one"), with whole years 0-120. */
function ageAt(tokens: readonly Token[], k: number, to: number): { value: number; last: number } | null {
  const t = tokens[k];
  if (!t || k >= to) return null;
  const v = numberWord(t.norm);
  if (v === null) return null;
  if (isTensWord(t.norm) && tokens[k + 1]?.norm === "-" && k + 2 < to) {
    const u = numberWord(tokens[k + 2]!.norm);
    if (u !== null && u > 0 && u < 10) return { value: v + u, last: k + 3 };
  }
  if (v > 120) return null;
  return { value: v, last: k + 1 };
}

function personBefore(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]!.sentence === sentence; k--)
    if (PERSON_SUBJECTS_WITH_YOU.has(tokens[k]!.norm) || tokens[k]!.norm === "me") return true;
  return false;
}

/** Nouns a number counts after "at", whatever their tag ("at one point my hands…" tags "point" a verb). */
const COUNTED = /^(point|stage|time|moment|o'clock|of)$/;

/** A noun or "of" right after a number: "one point", "two sessions", "one of them" count, not date. */
function countsWhatFollows(next: Token | undefined): boolean {
  return next !== undefined && (next.pos === "NOUN" || COUNTED.test(next.norm));
}
