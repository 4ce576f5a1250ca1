// Carrying the last session forward: its techniques (added to those already listed) and its
// notes for next time (integration and homework), placed at the start of today's check-in.
import type { Session } from "../../../src/domain";
import { newKey, type SessionDraft } from "./session-draft";

export function copyForward(form: SessionDraft, last: Session): SessionDraft {
  const have = new Set(form.techniques.map((t) => `${t.technique}|${t.laterality}|${t.regions.join(",")}`));
  const techniques = [
    ...form.techniques,
    ...last.techniques
      .filter((t) => !have.has(`${t.technique}|${t.laterality}|${t.regions.join(",")}`))
      .map((t) => ({ ...t, key: newKey() })),
  ];
  const note = last.integration.trim() ? `From session ${last.number}: ${last.integration.trim()}` : "";
  const checkIn =
    note && !form.checkIn.includes(note) ? [note, form.checkIn].filter(Boolean).join("\n") : form.checkIn;
  return { ...form, techniques, checkIn };
}
