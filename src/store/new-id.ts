// Record ids sort by creation time: lists order "by date then creation" and the audit log
// "newest first" with the id as the tie-break. An id is 20 characters of lower-case base32hex
// (digits, then a–v: ascending in byte order and in every collation PostgreSQL may use), down
// from the 36 of the UUIDv7 ids written before issue 16; ids appear in several columns and
// indexes of every piece, so this is the largest share of a database's size that is not text.
//   9 characters: milliseconds since 1970 (45 bits, until the year 3084)
//   3 characters: a counter within the millisecond (15 bits), so one process never repeats
//   8 characters: random (40 bits), so two instances of a clinic do not collide
// Older UUIDv7 ids stay valid; they begin with "0" (the top bits of their time field, until the
// year 2527) while these begin with "1" or later (any time after 2004), so every new id sorts
// after every old one.
import { randomBytes } from "node:crypto";

const DIGITS = "0123456789abcdefghijklmnopqrstuv";
const TIME_CHARS = 9;
const COUNTER_CHARS = 3;
const RANDOM_CHARS = 8;
const COUNTER_MAX = 32 ** COUNTER_CHARS - 1;

let lastMs = 0;
let counter = 0;

export function newId(now = Date.now()): string {
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter += 1;
    // Borrow the next millisecond when the counter runs out.
    if (counter > COUNTER_MAX) {
      ms += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMs = ms;
  return base32(ms, TIME_CHARS) + base32(counter, COUNTER_CHARS) + randomChars(RANDOM_CHARS);
}

/** `value` in base32hex, zero-padded to `width` characters (fixed width keeps byte order = numeric order). */
function base32(value: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = DIGITS[value % 32]! + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function randomChars(n: number): string {
  const bytes = randomBytes(n);
  let out = "";
  for (const b of bytes) out += DIGITS[b & 31];
  return out;
}
