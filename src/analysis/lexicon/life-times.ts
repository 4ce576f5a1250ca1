// Word classes of ages and life periods ("at nineteen", "as a toddler", "in her late teens"),
// named once for the rows of features/ages.ts.
import type { LifePeriod } from "../../domain";

/** "when I was", "before they were born". */
export const BE_PAST: ReadonlySet<string> = new Set(["was", "were"]);

/** Words that round an age: "maybe four", "about seven". */
export const AGE_HEDGES: ReadonlySet<string> = new Set([
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
  // spoken English: "I was like five again"
  "like",
]);

/** What may stand between "I was" and the age: a hedge or "suddenly", "again" ("I was suddenly nine"). */
export const AGE_ASIDES: ReadonlySet<string> = new Set([
  ...AGE_HEDGES,
  "suddenly",
  "again",
  "once",
  "still",
  "now",
  "just",
]);

/** Units a number counts rather than dates: "ten minutes", "two o'clock", "five feet". */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
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

/** After "I was" and a number, what makes it no age: a unit, a hyphen ("six-hour"), "years" without "old". */
export const NOT_AFTER_AN_AGE: ReadonlySet<string> = new Set([...COUNT_UNITS, "-", "years"]);

/** After "at" and a number, words it counts whatever their tag ("at one point", "at one of them"). */
export const COUNTED_AFTER_AT: ReadonlySet<string> = new Set([
  ...COUNT_UNITS,
  ":",
  "point",
  "stage",
  "time",
  "moment",
  "o'clock",
  "of",
]);

/** Nouns that place a memory in a period ("as a toddler", "when she was a baby"). */
export const PERIOD_NOUNS: ReadonlyMap<string, LifePeriod> = new Map([
  ["baby", "infancy"],
  ["infant", "infancy"],
  ["toddler", "infancy"],
  ["newborn", "infancy"],
  ["child", "childhood"],
  ["kid", "childhood"],
  ["girl", "childhood"],
  ["boy", "childhood"],
  ["schoolgirl", "childhood"],
  ["schoolboy", "childhood"],
  ["youngster", "childhood"],
  ["teenager", "adolescence"],
  ["teen", "adolescence"],
  ["adolescent", "adolescence"],
  ["adult", "adulthood"],
  ["student", "adulthood"],
  ["young woman", "adulthood"],
  ["young man", "adulthood"],
  ["young mother", "adulthood"],
  ["new mother", "adulthood"],
  ["bride", "adulthood"],
  ["young mum", "adulthood"],
  ["young mom", "adulthood"],
  ["new mum", "adulthood"],
  ["new mom", "adulthood"],
  ["young father", "adulthood"],
  ["young dad", "adulthood"],
  ["new dad", "adulthood"],
  ["young wife", "adulthood"],
  ["small child", "childhood"],
  ["little kid", "childhood"],
]);

/** Adjectives after "when I was": "when she was little". */
export const PERIOD_ADJECTIVES: ReadonlyMap<string, LifePeriod> = new Map([
  ["little", "childhood"],
  ["small", "childhood"],
  ["young", "childhood"],
  ["tiny", "infancy"],
]);

/** School years and places: "in primary school", "at university". */
export const SCHOOLS: ReadonlyMap<string, LifePeriod> = new Map([
  ["primary school", "childhood"],
  ["elementary school", "childhood"],
  ["infant school", "childhood"],
  ["junior school", "childhood"],
  ["kindergarten", "childhood"],
  ["nursery", "childhood"],
  ["preschool", "childhood"],
  ["high school", "adolescence"],
  ["secondary school", "adolescence"],
  ["middle school", "adolescence"],
  ["sixth form", "adolescence"],
  ["university", "adulthood"],
  ["college", "adulthood"],
  ["uni", "adulthood"],
]);

/** Decades of a life: "in her teens", "from his twenties". */
export const DECADES: ReadonlyMap<string, LifePeriod> = new Map([
  ["teens", "adolescence"],
  ["twenties", "adulthood"],
  ["thirties", "adulthood"],
  ["forties", "adulthood"],
  ["fifties", "adulthood"],
  ["sixties", "adulthood"],
  ["seventies", "adulthood"],
  ["eighties", "adulthood"],
]);

/** "in her late thirties", "in his early teens". */
export const DECADE_PARTS: ReadonlySet<string> = new Set(["early", "mid", "late", "middle"]);

/** "the day I was born", "the night she was born". */
export const BIRTH_TIMES: ReadonlySet<string> = new Set(["day", "moment", "night"]);

/** Openers before "I was …" that the span takes in: "when I was six", "until she was ten". */
export const AGE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "since", "until", "till"]);

/** Modals of a guessed age: "when she must have been eleven". */
export const GUESS_MODALS: ReadonlySet<string> = new Set(["must", "might", "may", "could", "would"]);
