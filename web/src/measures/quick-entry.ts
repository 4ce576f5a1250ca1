// The quick-entry line of the questionnaire form: answers in item order, comma-separated, an empty
// slot for a missing item (as `tessera score` takes them). Whether a number is an allowed answer is
// the API's to say; this only reads numbers.

export type QuickEntry = { answers: (number | null)[] } | { problem: string };

export function parseQuickEntry(text: string, itemCount: number): QuickEntry {
  if (text.trim() === "") return { answers: Array.from({ length: itemCount }, () => null) };
  const tokens = text.split(",").map((t) => t.trim());
  if (tokens.length > itemCount) {
    return { problem: `${tokens.length} answers typed, but the questionnaire has ${itemCount} items.` };
  }
  const answers: (number | null)[] = [];
  for (const [i, token] of tokens.entries()) {
    if (token === "") answers.push(null);
    else if (/^\d{1,2}$/.test(token)) answers.push(Number(token));
    else return { problem: `Item ${i + 1}: “${token}” is not a whole number.` };
  }
  while (answers.length < itemCount) answers.push(null);
  return { answers };
}

/** The line that stands for a set of answers, without trailing empty slots. */
export function formatQuickEntry(answers: readonly (number | null)[]): string {
  const parts = answers.map((a) => (a === null ? "" : String(a)));
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts.join(",");
}
