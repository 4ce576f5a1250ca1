// Turns the API's field problems into messages keyed by path, so each input can show its own.
import type { FieldProblem } from "../../src/domain";
import { ApiError } from "./api/http";

export type FieldErrors = ReadonlyMap<string, string>;
export const noFieldErrors: FieldErrors = new Map();

/** "body.pieces[2].kind" and "pieces.2.kind" both become "pieces.2.kind". */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^\.+/, "")
    .replace(/^body\./, "");
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return noFieldErrors;
  const map = new Map<string, string>();
  for (const d of error.details) {
    const path = normalisePath(d.path);
    if (!map.has(path)) map.set(path, d.message);
  }
  return map;
}

/** The errors under one prefix, with the prefix removed: for a nested editor such as one piece. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out = new Map<string, string>();
  const start = `${prefix}.`;
  for (const [path, message] of errors) {
    if (path === prefix) out.set("", message);
    else if (path.startsWith(start)) out.set(path.slice(start.length), message);
  }
  return out;
}

/** The message for a field, or for the first problem inside it (e.g. "regions.1" for "regions"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const exact = errors.get(path);
  if (exact !== undefined) return exact;
  for (const [p, message] of errors) if (p.startsWith(`${path}.`)) return message;
  return undefined;
}

/** A readable name for a path, for the summary at the top of a form: "pieces.2.kind" → "Piece 3 › kind". */
export function describePath(path: string): string {
  const words: Record<string, string> = {
    pieces: "Piece",
    techniques: "Technique",
    presentingConcerns: "Concern",
  };
  const parts = normalisePath(path).split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (words[part] && next !== undefined && /^\d+$/.test(next)) {
      out.push(`${words[part]} ${Number(next) + 1}`);
      i++;
    } else {
      out.push(part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
    }
  }
  return out.join(" › ");
}

export function problemsOf(error: unknown): FieldProblem[] {
  return error instanceof ApiError ? error.details : [];
}
