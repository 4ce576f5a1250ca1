// A plain-language story of a client's process, written by the practitioner for the client: per
// course, for one session (a session summary), or at any time. The client sees it once shared.
import { z } from "zod";
import { Id, IsoDateTime, LongText, RecordMeta, ShortText } from "./common";

export const ProcessStoryInput = z.object({
  title: ShortText.min(1, "give it a title"),
  text: LongText.min(1, "write something first"),
  courseId: Id.nullable().default(null),
  /** Set for a session summary. */
  sessionId: Id.nullable().default(null),
  shared: z.boolean().default(false),
});
export type ProcessStoryInput = z.input<typeof ProcessStoryInput>;

export const ProcessStory = RecordMeta.extend(ProcessStoryInput.shape).extend({
  clientId: Id,
  authorId: Id,
  /** When it was last shared with the client; null while it is the practitioner's draft. */
  sharedAt: IsoDateTime.nullable(),
});
export type ProcessStory = z.infer<typeof ProcessStory>;

/** A starting point assembled from the pieces, for the practitioner to rewrite. */
export const ProcessStoryDraft = z.object({ title: z.string(), text: z.string() });
export type ProcessStoryDraft = z.infer<typeof ProcessStoryDraft>;

export const ProcessStoryDraftQuery = z.object({ courseId: Id.optional() });

/** What the draft is made of; the store gathers it, this turns it into words. */
export interface StoryMaterial {
  courseIntention: string | null;
  sessionCount: number;
  firstDate: string | null;
  lastDate: string | null;
  characters: ReadonlyArray<{ label: string; aspect: string }>;
  threads: ReadonlyArray<{ name: string; status: string }>;
  insights: readonly string[];
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "20 November 2026": the client reads words, not ISO dates. */
function spelledDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export function draftProcessStory(m: StoryMaterial): ProcessStoryDraft {
  const lines: string[] = [];
  if (m.sessionCount === 0 || !m.firstDate || !m.lastDate) lines.push("We have not met for a session yet.");
  else if (m.sessionCount === 1) lines.push(`We have met once, on ${spelledDate(m.firstDate)}.`);
  else
    lines.push(
      `We have met for ${m.sessionCount} sessions, from ${spelledDate(m.firstDate)} to ${spelledDate(m.lastDate)}.`,
    );
  if (m.courseIntention) lines.push(`You came with this intention: ${m.courseIntention}.`);
  if (m.characters.length > 0) {
    const met = m.characters.map((c) => (c.aspect ? `${c.label} (${c.aspect})` : c.label));
    lines.push("", `Along the way you met: ${met.join(", ")}.`);
  }
  if (m.threads.length > 0) {
    lines.push("", "Themes that kept returning:");
    for (const t of m.threads) lines.push(`- ${t.name}${t.status === "open" ? "" : ` (${t.status})`}`);
  }
  if (m.insights.length > 0) {
    lines.push("", "Insights you came to:");
    for (const i of m.insights) lines.push(`- ${i}`);
  }
  return {
    title: m.courseIntention ? `Your process: ${m.courseIntention}` : "Your process so far",
    text: lines.join("\n"),
  };
}
