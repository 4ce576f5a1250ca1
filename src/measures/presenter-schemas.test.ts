// The output schemas name every field the presenters produce, and nothing else: for every
// instrument, parsing an actual result gives back exactly that result (so serialising through the
// schema drops nothing), and a field the schema does not name is dropped.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { MeasureResponse } from "../domain";
import { describeInstruments, InstrumentDescription } from "./catalogue";
import { listInstruments } from "./registry";
import { ChangeResult, reliableChange } from "./reliable-change";
import { scoreResponse } from "./score-response";
import { ScoreResult } from "./score-result";
import { buildTimeline, ScoredResponse, scoreStored, TimelineItem } from "./timeline";

const RUNS = 300;

function aResponse(instrument: string, answers: (number | null)[], n: number): MeasureResponse {
  const def = listInstruments().find((d) => d.id === instrument)!;
  return {
    id: `r${n}`,
    practiceId: "p1",
    createdAt: "2025-01-01T10:00:00.000Z",
    updatedAt: "2025-01-01T10:00:00.000Z",
    clientId: "c1",
    instrument,
    instrumentVersion: def.version,
    date: `2025-01-${String(1 + (n % 28)).padStart(2, "0")}`,
    answers,
    labels: [],
    enteredBy: "u1",
    flags: scoreResponse(instrument, answers).flags,
    followUp: null,
  };
}

const answersFor = (n: number, max: number) =>
  fc.array(fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 6 }), { minLength: n, maxLength: n });

describe("output schemas", () => {
  it("describe every instrument's catalogue entry exactly (6 instruments)", () => {
    const all = describeInstruments();
    expect(all.map((i) => i.id)).toEqual(["phq9", "gad7", "who5", "pcl5", "pss10", "symptom-profile"]);
    for (const entry of all) expect(InstrumentDescription.parse(entry)).toEqual(entry);
  });

  it.each(listInstruments().map((d) => [d.id, d.items.length, d.options.length - 1] as const))(
    `describe %s score results, scored responses and timelines exactly (${RUNS} random histories)`,
    (id, n, max) => {
      fc.assert(
        fc.property(fc.array(answersFor(n, max), { minLength: 1, maxLength: 6 }), (history) => {
          const responses = history.map((a, k) => aResponse(id, a, k));
          for (const r of responses) {
            const score = scoreResponse(id, r.answers);
            expect(ScoreResult.parse(score)).toEqual(score);
            const scored = scoreStored(r);
            expect(ScoredResponse.parse(scored)).toEqual(scored);
          }
          for (const item of buildTimeline(responses)) expect(TimelineItem.parse(item)).toEqual(item);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it("describe a change result with every field set (PCL-5 40 → 28)", () => {
    const c = reliableChange("pcl5", 40, 28);
    expect(ChangeResult.parse(c)).toEqual(c);
    expect(Object.keys(c).sort()).toEqual(
      [
        "after",
        "before",
        "clinicalSignificance",
        "difference",
        "direction",
        "instrument",
        "meaningful",
        "meaningfulThreshold",
        "reliable",
        "threshold",
      ].sort(),
    );
  });

  it("drop a field they do not name", () => {
    const scored = { ...scoreStored(aResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 2], 1)), secret: "x" };
    expect(ScoredResponse.parse(scored)).not.toHaveProperty("secret");
    const entry = { ...describeInstruments()[0]!, internal: 1 };
    expect(InstrumentDescription.parse(entry)).not.toHaveProperty("internal");
  });
});

describe("buildTimeline", () => {
  it("compares each complete response with the previous complete one and with the first, skipping incomplete ones", () => {
    const responses = [
      aResponse("phq9", [3, 3, 3, 3, 3, 0, 0, 0, 0], 1), // 15
      aResponse("phq9", [3, 3, 3, 3, 3, 0, 0, 0, null], 2), // incomplete
      aResponse("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], 3), // 8
      aResponse("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1], 4), // 9
    ];
    const t = buildTimeline(responses);
    expect(t.map((i) => i.score?.total ?? null)).toEqual([15, null, 8, 9]);
    expect(t[0]!.change).toEqual({ fromPrevious: null, fromBaseline: null });
    expect(t[1]!.change).toEqual({ fromPrevious: null, fromBaseline: null });
    expect(t[2]!.change.fromPrevious).toMatchObject({
      responseId: "r1",
      difference: -7,
      reliable: true,
      clinicalSignificance: "recovered",
    });
    expect(t[3]!.change.fromPrevious).toMatchObject({ responseId: "r3", difference: 1, reliable: false });
    expect(t[3]!.change.fromBaseline).toMatchObject({
      responseId: "r1",
      difference: -6,
      clinicalSignificance: "recovered",
    });
    expect(t[1]!.score!.flags).toEqual(["phq9-item9-unanswered"]);
  });

  it("gives no score for a version Tessera no longer scores", () => {
    const old = { ...aResponse("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0], 1), instrumentVersion: "0" };
    expect(scoreStored(old).score).toBeNull();
  });
});
