import { describe, expect, it } from "vitest";
import {
  CharacterInput,
  ClientInput,
  ConsentInput,
  CourseInput,
  LifeEventInput,
  MeasureResponseInput,
  normalisePiece,
  periodForAge,
  PieceInput,
  ReflectionInput,
  SessionInput,
  ThreadInput,
} from "../domain";
import { DEMO_CLIENTS, DEMO_PRACTITIONER } from "./demo-practice";
import type { DemoClient } from "./demo-types";
import { locateQuote, resolveDemoPieces, type ResolvedPiece } from "./resolve-demo-pieces";

const name = (d: DemoClient) => d.client.name;
const sessionPieces = (d: DemoClient) =>
  d.sessions.map((s) => ({ session: s, pieces: resolveDemoPieces(s.narrative, s.pieces, d.characters) }));

const ITEMS = {
  phq9: { count: 9, max: 3 },
  gad7: { count: 7, max: 3 },
  pss10: { count: 10, max: 4 },
} as const;
/** PSS-10 items 4, 5, 7 and 8 are worded positively and scored in reverse. */
const PSS_REVERSED = new Set([3, 4, 6, 7]);
function total(instrument: keyof typeof ITEMS, answers: Array<number | null>): number {
  return answers.reduce<number>(
    (sum, a, i) => sum + (instrument === "pss10" && PSS_REVERSED.has(i) ? 4 - a! : a!),
    0,
  );
}

describe("locating demo quotes", () => {
  it("gives UTF-16 offsets whose slice is the quote", () => {
    expect(locateQuote("a café, then tea", "then tea")).toEqual({ start: 8, end: 16 });
  });
  it("fails loudly when a quote is not in the text", () => {
    expect(() => locateQuote("she felt calm", "she felt cold")).toThrow(/not found/);
  });
  it("fails loudly when a quote is ambiguous and no occurrence is given", () => {
    expect(() => locateQuote("warm, then warm", "warm")).toThrow(/occurs 2 times/);
    expect(locateQuote("warm, then warm", "warm", 2)).toEqual({ start: 11, end: 15 });
  });
  it("rejects a piece that names a character the client does not have", () => {
    expect(() =>
      resolveDemoPieces(
        "A fox spoke.",
        [{ kind: "character", quote: "A fox", character: "fox", aspect: "animal" }],
        [],
      ),
    ).toThrow(/unknown character/);
  });
});

describe("the demo practice data", () => {
  it("has three clients with 8 to 15 sessions each, and one with 40 or more over two years", () => {
    expect(DEMO_CLIENTS).toHaveLength(4);
    const long = DEMO_CLIENTS.filter((d) => d.sessions.length >= 40);
    expect(long).toHaveLength(1);
    const dates = long[0]!.sessions.map((s) => s.date);
    expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeGreaterThan(700 * 86_400_000);
    for (const d of DEMO_CLIENTS.filter((c) => !long.includes(c))) {
      expect(d.sessions.length, name(d)).toBeGreaterThanOrEqual(8);
      expect(d.sessions.length, name(d)).toBeLessThanOrEqual(15);
    }
  });

  it("validates every record against the domain schemas", () => {
    for (const d of DEMO_CLIENTS) {
      const client = ClientInput.parse(d.client);
      expect(client.presentingConcerns.length).toBeGreaterThan(0);
      expect(client.holisticFactors.personal).not.toBe("");
      expect(client.holisticFactors.environmental).not.toBe("");
      expect(client.pronouns).not.toBe("");
      expect(client.dateOfBirth).not.toBeNull();
      expect(CourseInput.parse(d.course).intention).not.toBe("");
      for (const e of d.lifeEvents) LifeEventInput.parse(e);
      for (const c of d.characters) CharacterInput.parse(c);
      for (const { key: _key, ...t } of d.threads) ThreadInput.parse(t);
      for (const { withdrawn: _w, ...c } of d.consents) ConsentInput.parse(c);
      for (const m of d.measures) MeasureResponseInput.parse(m);
      for (const { session, pieces } of sessionPieces(d)) {
        const { signed: _s, ...input } = session;
        SessionInput.parse({ ...input, pieces: pieces.map(({ threadKeys: _t, ...p }) => p) });
      }
      for (const r of d.reflections) {
        ReflectionInput.parse({
          ...r,
          pieces: resolveDemoPieces(r.text, r.pieces, d.characters).map(({ threadKeys: _t, ...p }) => p),
        });
      }
    }
  });

  it("quotes every piece exactly from its own narrative or reflection", () => {
    for (const d of DEMO_CLIENTS) {
      const sources = [
        ...d.sessions.map((s) => ({ text: s.narrative, pieces: s.pieces })),
        ...d.reflections.map((r) => ({ text: r.text, pieces: r.pieces })),
      ];
      for (const { text, pieces } of sources) {
        for (const p of resolveDemoPieces(text, pieces, d.characters)) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.text, "spans start without a connective").not.toMatch(/^(and|then|but) /i);
          expect(p.text.trim()).toBe(p.text);
        }
      }
    }
  });

  it("fills only the fields of each piece's kind, as the pieces spec defines them", () => {
    const all: ResolvedPiece[] = DEMO_CLIENTS.flatMap((d) => [
      ...sessionPieces(d).flatMap((s) => s.pieces),
      ...d.reflections.flatMap((r) => resolveDemoPieces(r.text, r.pieces, d.characters)),
    ]);
    expect(all.length).toBeGreaterThan(200);
    for (const raw of all) {
      const p = PieceInput.parse(raw);
      expect(normalisePiece(p), p.text).toEqual(p);
      if (p.kind === "memory" && p.age !== null) expect(p.period, p.text).toBe(periodForAge(p.age));
      if (p.kind === "character") expect([p.character, p.aspect], p.text).not.toContain(null);
      if (p.kind === "message") expect(p.character, p.text).not.toBeNull();
      if (p.kind === "temperature") expect(p.temperature, p.text).not.toBeNull();
      if (p.kind === "movement") expect(p.movement, p.text).not.toBeNull();
      if (p.kind === "emotion") expect(p.emotions.length, p.text).toBeGreaterThan(0);
    }
    const kinds = new Set(all.map((p) => p.kind));
    expect([...kinds].sort()).toEqual([
      "body_sensation",
      "character",
      "emotion",
      "inner_process",
      "insight",
      "memory",
      "message",
      "movement",
      "release",
      "smell",
      "sound",
      "taste",
      "temperature",
      "visual",
    ]);
  });

  it("dates sessions before 25 November 2026 (in 2026, or from December 2024 for the long process), in order, with only the latest left as a draft", () => {
    for (const d of DEMO_CLIENTS) {
      const from = d.sessions.length >= 40 ? "2024-12-01" : "2026-01-01";
      const dates = d.sessions.map((s) => s.date);
      expect(dates, name(d)).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of [...dates, ...d.reflections.map((r) => r.date), ...d.measures.map((m) => m.date)]) {
        expect(date >= from && date < "2026-11-25", `${name(d)} ${date}`).toBe(true);
      }
      expect(d.sessions.map((s) => s.signed)).toEqual(d.sessions.map((_, i) => i < d.sessions.length - 1));
      // months, not weeks
      expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeGreaterThan(120 * 86_400_000);
    }
  });

  it("has characters that recur across at least three sessions and whose messages change", () => {
    for (const d of DEMO_CLIENTS) {
      const sessionsOf = new Map<string, Set<number>>();
      const messagesOf = new Map<string, Set<string>>();
      sessionPieces(d).forEach(({ pieces }, i) => {
        for (const p of pieces) {
          if (p.character == null) continue;
          sessionsOf.set(p.character, (sessionsOf.get(p.character) ?? new Set()).add(i));
          if (p.kind === "message")
            messagesOf.set(p.character, (messagesOf.get(p.character) ?? new Set()).add(p.text));
        }
      });
      const recurring = [...sessionsOf].filter(([, s]) => s.size >= 3).map(([label]) => label);
      expect(recurring.length, name(d)).toBeGreaterThanOrEqual(2);
      expect(
        recurring.some((label) => (messagesOf.get(label)?.size ?? 0) >= 3),
        name(d),
      ).toBe(true);
      // every piece's character is one of the client's characters, and every character appears
      expect([...sessionsOf.keys()].sort()).toEqual(d.characters.map((c) => c.label).sort());
    }
  });

  it("has threads that each join pieces from at least two sessions, in every status", () => {
    const statuses = new Set<string>();
    for (const d of DEMO_CLIENTS) {
      const keys = d.threads.map((t) => t.key);
      sessionPieces(d).forEach(({ pieces }) => {
        for (const p of pieces) for (const k of p.threadKeys) expect(keys, name(d)).toContain(k);
      });
      for (const t of d.threads) {
        statuses.add(t.status ?? "open");
        const sessions = sessionPieces(d).filter(({ pieces }) =>
          pieces.some((p) => p.threadKeys.includes(t.key)),
        );
        expect(sessions.length, `${name(d)} ${t.key}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect([...statuses].sort()).toEqual(["open", "resolved", "understood"]);
  });

  it("has body regions that recur across sessions (tissue memory)", () => {
    for (const d of DEMO_CLIENTS) {
      const sessionsPerRegion = new Map<string, number>();
      for (const { pieces } of sessionPieces(d)) {
        for (const r of new Set(pieces.flatMap((p) => p.regions ?? []))) {
          sessionsPerRegion.set(r, (sessionsPerRegion.get(r) ?? 0) + 1);
        }
      }
      expect(Math.max(...sessionsPerRegion.values()), name(d)).toBeGreaterThanOrEqual(5);
    }
  });

  it("has shared and private reflections, consents and life events for every client", () => {
    for (const d of DEMO_CLIENTS) {
      expect(
        d.reflections.some((r) => r.sharedWithPractitioner),
        name(d),
      ).toBe(true);
      expect(
        d.reflections.some((r) => !r.sharedWithPractitioner),
        name(d),
      ).toBe(true);
      expect(d.consents.map((c) => c.purpose)).toContain("treatment");
      expect(d.lifeEvents.length).toBeGreaterThanOrEqual(4);
      expect(d.portalLogin.email).toBe(d.client.contact?.email);
    }
    const emails = [DEMO_PRACTITIONER.email, ...DEMO_CLIENTS.map((d) => d.portalLogin.email)];
    expect(new Set(emails).size).toBe(emails.length);
  });

  it("has measure responses of the right shape that improve from first to last", () => {
    for (const d of DEMO_CLIENTS) {
      const byInstrument = new Map<keyof typeof ITEMS, number[]>();
      for (const m of [...d.measures].sort((a, b) => a.date.localeCompare(b.date))) {
        const { count, max } = ITEMS[m.instrument];
        expect(m.answers, `${name(d)} ${m.instrument} ${m.date}`).toHaveLength(count);
        for (const a of m.answers) expect(a !== null && a >= 0 && a <= max).toBe(true);
        byInstrument.set(m.instrument, [
          ...(byInstrument.get(m.instrument) ?? []),
          total(m.instrument, m.answers),
        ]);
      }
      expect(byInstrument.size, name(d)).toBeGreaterThanOrEqual(2);
      for (const [instrument, totals] of byInstrument) {
        expect(totals.length, `${name(d)} ${instrument}`).toBeGreaterThanOrEqual(3);
        expect(totals.at(-1)!, `${name(d)} ${instrument} ${totals.join(",")}`).toBeLessThan(totals[0]! - 5);
      }
    }
  });
});
