// Where the form's unsaved content is kept: in this browser (at once, so a crash loses nothing)
// and on the server (debounced, so another reload or device finds it). The newer copy wins.
import type { Draft } from "../../../src/domain";
import type { SessionDraft } from "./session-draft";

export interface KeptDraft {
  form: SessionDraft;
  /** The version of the session the form started from; null for a new session. */
  baseVersion: number | null;
  savedAt: string;
}

/** The server's key of a form: one per session, and one for a session not yet created. */
export const draftKeyFor = (sessionId: string | null) => (sessionId ? `session-${sessionId}` : "session-new");

const localKey = (clientId: string, key: string) => `tessera:draft:${clientId}:${key}`;

export function keepLocally(clientId: string, key: string, draft: KeptDraft): void {
  try {
    window.localStorage.setItem(localKey(clientId, key), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy is the only one then.
  }
}

export function readLocal(clientId: string, key: string): KeptDraft | null {
  try {
    const raw = window.localStorage.getItem(localKey(clientId, key));
    return raw ? asKept(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export function forgetLocal(clientId: string, key: string): void {
  try {
    window.localStorage.removeItem(localKey(clientId, key));
  } catch {
    // Nothing to forget.
  }
}

export function fromServer(d: Draft): KeptDraft | null {
  return asKept({ form: d.content.form, baseVersion: d.baseVersion, savedAt: d.savedAt });
}

/** The newer of the two copies (the browser's, when the server could not be reached). */
export function newerDraft(a: KeptDraft | null, b: KeptDraft | null): KeptDraft | null {
  if (!a) return b;
  if (!b) return a;
  return a.savedAt >= b.savedAt ? a : b;
}

/** A stored draft is only trusted when it has the form's shape (it may come from an older build). */
function asKept(value: unknown): KeptDraft | null {
  const v = value as Partial<KeptDraft> | null;
  const f = v?.form as Partial<SessionDraft> | undefined;
  if (!v || !f || typeof v.savedAt !== "string") return null;
  if (typeof f.narrative !== "string" || !Array.isArray(f.pieces) || !Array.isArray(f.techniques))
    return null;
  return {
    form: f as SessionDraft,
    baseVersion: typeof v.baseVersion === "number" ? v.baseVersion : null,
    savedAt: v.savedAt,
  };
}
