// Dismissed suggestions survive a reload of the session in this tab. Only fingerprints of the
// suggestion keys are kept, so no clinical text is written to browser storage.
const PREFIX = "tessera:dismissed:";

export function loadDismissed(sessionId: string | null): ReadonlySet<string> {
  if (!sessionId) return new Set();
  try {
    const raw = window.sessionStorage.getItem(PREFIX + sessionId);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function storeDismissed(sessionId: string, dismissed: ReadonlySet<string>): void {
  try {
    window.sessionStorage.setItem(PREFIX + sessionId, JSON.stringify([...dismissed]));
  } catch {
    // Storage full or disabled: dismissals then last as long as the page.
  }
}
