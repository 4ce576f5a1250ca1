// Number words for ages ("when she was six", "at nineteen", "twenty-one").
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of one number word or numeral ("six", "16"), or null. */
const WORDS = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(TENS)]);

export function numberWord(word: string): number | null {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{1,3}$/.test(word) ? Number(word) : null;
  return WORDS.get(word.length < 10 ? word.toLowerCase() : "") ?? null;
}

/** True for a tens word that can take a hyphenated unit ("twenty" in "twenty-one"). */
export function isTensWord(word: string): boolean {
  return word.toLowerCase() in TENS;
}
