// The client progress report as data: the practitioner picks the sections, and the sensitive
// ones (SER content: narratives, characters and their messages, threads, the life timeline, the
// client's reflections) are off unless chosen. Rendered to PDF (report-pdf.ts) and to a printable page (report-html.ts).
import { REPORT_SECTIONS, type BodyRegion, type PieceKind, type ReportSectionId } from "../../domain";
import { getInstrument, scoreResponse } from "../../measures";
import type { ClientRecord } from "../client-record";

// The sections are defined in src/domain, so the web's checkboxes list the same ones.
export { DEFAULT_SECTIONS, REPORT_SECTIONS, type ReportSectionId } from "../../domain";

export interface ReportModel {
  title: string;
  clientName: string;
  dateOfBirth: string | null;
  practiceName: string;
  generatedOn: string;
  period: { from: string; to: string } | null;
  sections: ReportSectionId[];
  sessions: {
    number: number;
    date: string;
    minutes: number;
    techniques: string[];
    kinds: Partial<Record<PieceKind, number>>;
  }[];
  scores: { instrument: string; date: string; total: number | null; band: string | null; range: string }[];
  regions: { region: BodyRegion; count: number }[];
  threads: { name: string; status: string; description: string; sessions: number[] }[];
  characters: {
    label: string;
    aspect: string;
    description: string;
    messages: { date: string; text: string }[];
  }[];
  life: { when: string; title: string; notes: string }[];
  narratives: { number: number; date: string; narrative: string; insights: string }[];
  consents: { purpose: string; date: string; state: string }[];
  /** The client's own words between sessions (staff see only the shared ones). */
  reflections: { date: string; text: string; shared: boolean }[];
}

export function buildReport(
  rec: ClientRecord,
  options: { practiceName: string; sections: ReportSectionId[]; today: string },
): ReportModel {
  const dates = rec.sessions.map((s) => s.date).sort();
  const regionCounts = new Map<BodyRegion, number>();
  const count = (r: BodyRegion) => regionCounts.set(r, (regionCounts.get(r) ?? 0) + 1);
  for (const s of rec.sessions) for (const p of s.pieces) p.regions.forEach(count);
  const sessionOfPiece = new Map(rec.sessions.flatMap((s) => s.pieces.map((p) => [p.id, s] as const)));
  const dob = rec.client.dateOfBirth;
  return {
    title: "Progress report",
    clientName: rec.client.name,
    dateOfBirth: dob,
    practiceName: options.practiceName,
    generatedOn: options.today,
    period: dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null,
    sections: REPORT_SECTIONS.map((s) => s.id).filter((id) => options.sections.includes(id)),
    sessions: rec.sessions.map((s) => {
      const kinds: Partial<Record<PieceKind, number>> = {};
      for (const p of s.pieces) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
      return {
        number: s.number,
        date: s.date,
        minutes: s.durationMinutes,
        techniques: s.techniques.map((t) => t.technique),
        kinds,
      };
    }),
    scores: rec.measures.map((m) => {
      const def = getInstrument(m.instrument);
      const score =
        def && def.version === m.instrumentVersion ? scoreResponse(m.instrument, m.answers) : null;
      const band = def?.bands;
      return {
        instrument: def?.shortTitle ?? m.instrument,
        date: m.date,
        total: score?.total ?? null,
        band: score?.band ?? null,
        range: band?.length ? `${band[0]!.min}–${band.at(-1)!.max}` : "",
      };
    }),
    regions: [...regionCounts].map(([region, n]) => ({ region, count: n })).sort((a, b) => b.count - a.count),
    threads: rec.threads.map((t) => ({
      name: t.name,
      status: t.status,
      description: t.description,
      sessions: [
        ...new Set(t.pieceIds.map((id) => sessionOfPiece.get(id)?.number).filter((n) => n !== undefined)),
      ].sort((a, b) => a! - b!) as number[],
    })),
    characters: rec.characters.map((c) => ({
      label: c.label,
      aspect: c.aspect,
      description: c.description,
      messages: rec.sessions.flatMap((s) =>
        s.pieces
          .filter((p) => p.kind === "message" && p.characterId === c.id)
          .map((p) => ({ date: s.date, text: p.text })),
      ),
    })),
    life: [...rec.lifeEvents]
      .sort((a, b) => yearOf(a, dob) - yearOf(b, dob))
      .map((e) => ({
        when: e.date ?? (e.age !== null ? `age ${e.age}` : ""),
        title: e.title,
        notes: e.notes,
      })),
    narratives: rec.sessions.map((s) => ({
      number: s.number,
      date: s.date,
      narrative: s.narrative,
      insights: s.insights,
    })),
    consents: rec.consents.map((c) => ({
      purpose: c.purpose.replace("-", " "),
      date: c.date,
      state: c.withdrawnAt ? `withdrawn ${c.withdrawnAt.slice(0, 10)}` : c.granted ? "given" : "refused",
    })),
    reflections: [...rec.reflections]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((r) => ({ date: r.date, text: r.text, shared: r.sharedWithPractitioner })),
  };
}

/** The year an event happened, from its date or from the age it was at; undated ones go last. */
function yearOf(e: { date: string | null; age: number | null }, dob: string | null): number {
  if (e.date) return Number(e.date.slice(0, 4));
  if (e.age !== null && dob) return Number(dob.slice(0, 4)) + e.age;
  return Number.MAX_SAFE_INTEGER;
}

/** A character's message as a quotation; one written with its own quotation marks keeps them. */
export function asQuotation(text: string): string {
  return /["“”«»]/.test(text) ? text : `“${text}”`;
}
