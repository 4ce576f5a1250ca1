// Plain-language messages for validation problems, used wherever a schema rejects input (HTTP,
// CLI, import). Messages given in a schema itself (e.g. "the client needs a name") still win.
import { z } from "zod";

const FORMATS: Record<string, string> = {
  date: "must be a real date written YYYY-MM-DD",
  datetime: "must be a date and time in ISO 8601",
  email: "must be an email address",
  uuid: "must be an id",
};

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

z.config({
  customError(issue) {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}`;
      case "too_small":
        if (issue.origin === "string")
          return issue.minimum === 1
            ? "must not be empty"
            : `needs at least ${plural(issue.minimum, "character")}`;
        if (issue.origin === "array")
          return `needs at least ${plural(issue.minimum, "entry")}`.replace("entrys", "entries");
        return `must be at least ${issue.minimum}`;
      case "too_big":
        if (issue.origin === "string") return `must be at most ${plural(issue.maximum, "character")}`;
        if (issue.origin === "array")
          return `may hold at most ${plural(issue.maximum, "entry")}`.replace("entrys", "entries");
        return `must be at most ${issue.maximum}`;
      case "invalid_value":
        return `must be one of: ${issue.values.map(String).join(", ")}`;
      case "invalid_format":
        return FORMATS[issue.format] ?? `is not a valid ${issue.format}`;
      case "unrecognized_keys":
        return `has unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
      default:
        return undefined;
    }
  },
});

function article(expected: string): string {
  if (expected === "int") return "a whole number";
  if (expected === "array") return "a list";
  if (expected === "object") return "an object";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
