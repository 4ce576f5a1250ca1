// Test support: walk an answer space exhaustively, and fast-check arbitraries for answers.
import fc from "fast-check";

/**
 * Calls `visit` with every vector of length `n` over `values` (odometer order) and returns how
 * many it visited. The array passed to `visit` is reused: copy it to keep it.
 */
export function forEachAnswerVector<T>(
  n: number,
  values: readonly T[],
  visit: (answers: T[]) => void,
): number {
  const digits = new Array<number>(n).fill(0);
  const answers = digits.map(() => values[0]!);
  let count = 0;
  for (;;) {
    visit(answers);
    count++;
    let k = 0;
    while (k < n && digits[k] === values.length - 1) {
      digits[k] = 0;
      answers[k] = values[0]!;
      k++;
    }
    if (k === n) return count;
    digits[k]!++;
    answers[k] = values[digits[k]!]!;
  }
}

/** Complete answers: n items, each a whole number 0..max. */
export const completeAnswers = (n: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });

/** Answers with at least one item missing (null). */
export const answersWithMissing = (n: number, max: number) =>
  fc
    .array(fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 3 }), { minLength: n, maxLength: n })
    .filter((a) => a.includes(null));

/** Collects mismatches so an exhaustive loop asserts once, reporting the first few. */
export class Mismatches {
  /** The first few mismatches, described; `count` has them all. */
  readonly found: string[] = [];
  count = 0;
  check(ok: boolean, describe: () => string): void {
    if (ok) return;
    this.count++;
    if (this.found.length < 5) this.found.push(describe());
  }
}
