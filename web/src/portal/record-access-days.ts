// Turns the audit trail's openings of a record into one line per person per day: who, when, and
// the kinds of records they opened or added to, in the client's words.
import type { RecordAccess } from "../../../src/domain";

const WHAT: Record<string, string> = {
  client: "your details",
  session: "session notes",
  reflection: "your shared reflections",
  "measure-response": "questionnaires",
  "safety-flag": "questionnaires",
  consent: "consents",
  "process-story": "your process story",
  "questionnaire-assignment": "questionnaires sent",
  invitation: "your portal invitation",
  character: "process notes",
  thread: "process notes",
  "life-event": "life events",
  course: "courses",
};

export interface AccessDay {
  day: string;
  who: string;
  role: string;
  opened: string[];
  changed: string[];
}

export function accessDays(items: readonly RecordAccess[]): AccessDay[] {
  const days = new Map<string, AccessDay>();
  for (const a of items) {
    const day = a.at.slice(0, 10);
    const key = `${day}\u0000${a.who}`;
    const entry = days.get(key) ?? { day, who: a.who, role: a.role, opened: [], changed: [] };
    days.set(key, entry);
    const what = WHAT[a.resourceType] ?? a.resourceType;
    const list = a.action === "read" || a.action === "export" ? entry.opened : entry.changed;
    if (!list.includes(what)) list.push(what);
  }
  return [...days.values()];
}
