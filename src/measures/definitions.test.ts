// Every instrument definition is valid data, and agrees with the facts in clinical-reference §1
// restated here by hand: item counts, answer ranges, recall periods, LOINC codes, licence policy.
import { describe, expect, it } from "vitest";
import { InstrumentDefinition } from "./definition-schema";
import { instruments } from "./instruments";
import { getInstrument, listInstruments } from "./registry";
import { phq9 } from "./instruments/phq9";

const FACTS: Record<
  string,
  { items: number; maxAnswer: number; recallDays: number; textsReproduced: boolean }
> = {
  phq9: { items: 9, maxAnswer: 3, recallDays: 14, textsReproduced: true },
  gad7: { items: 7, maxAnswer: 3, recallDays: 14, textsReproduced: true },
  who5: { items: 5, maxAnswer: 5, recallDays: 14, textsReproduced: true },
  pcl5: { items: 20, maxAnswer: 4, recallDays: 30, textsReproduced: false },
  pss10: { items: 10, maxAnswer: 4, recallDays: 30, textsReproduced: false },
  "symptom-profile": { items: 4, maxAnswer: 6, recallDays: 7, textsReproduced: true },
};

// Only codes the reference verifies; everything else must be absent.
const LOINC: Record<string, { panel: string | null; total: string | null; items: (string | null)[] | null }> =
  {
    phq9: { panel: "44249-1", total: "44261-6", items: null },
    gad7: {
      panel: "69737-5",
      total: "70274-6",
      items: ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"],
    },
    who5: { panel: null, total: null, items: null },
    pcl5: { panel: "101697-1", total: "101698-9", items: null },
    pss10: { panel: null, total: null, items: null },
    "symptom-profile": { panel: null, total: null, items: null },
  };

describe("instrument definitions", () => {
  it.each(instruments.map((d) => [d.id, d] as const))(
    "%s is valid against the definition schema",
    (_id, def) => {
      const parsed = InstrumentDefinition.safeParse(def);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it("lists the six instruments in order, and getInstrument finds each and nothing else", () => {
    expect(listInstruments().map((d) => d.id)).toEqual([
      "phq9",
      "gad7",
      "who5",
      "pcl5",
      "pss10",
      "symptom-profile",
    ]);
    for (const d of listInstruments()) expect(getInstrument(d.id)).toBe(d);
    expect(getInstrument("k10")).toBeUndefined();
  });

  it.each(Object.entries(FACTS))(
    "%s has the published item count, answer range and recall period",
    (id, facts) => {
      const def = getInstrument(id)!;
      expect(def.items).toHaveLength(facts.items);
      expect(def.options.map((o) => o.value)).toEqual(
        Array.from({ length: facts.maxAnswer + 1 }, (_, i) => i),
      );
      expect(def.recallPeriod.days).toBe(facts.recallDays);
    },
  );

  it.each(Object.entries(FACTS))(
    "%s reproduces item wording only where the licence allows it",
    (id, facts) => {
      const def = getInstrument(id)!;
      expect(def.licence.itemTextsReproducible).toBe(facts.textsReproduced);
      expect(def.items.every((item) => (item.text !== null) === facts.textsReproduced)).toBe(true);
      expect(def.itemTextSource.length).toBeGreaterThan(10);
    },
  );

  it.each(Object.entries(LOINC))("%s carries only the LOINC codes verified in the reference", (id, codes) => {
    const def = getInstrument(id)!;
    expect([def.loinc.panel, def.loinc.total]).toEqual([codes.panel, codes.total]);
    expect(def.items.map((i) => i.loinc)).toEqual(codes.items ?? def.items.map(() => null));
  });

  it("does not copy the MYMOP anchors into the symptom profile", () => {
    const labels = getInstrument("symptom-profile")!.options.map((o) => o.label?.toLowerCase() ?? "");
    expect(
      labels.some((l) => l.includes("as good as it could be") || l.includes("as bad as it could be")),
    ).toBe(false);
  });

  it("names a source for every rule, and marks unverified reliable-change figures", () => {
    for (const def of listInstruments()) {
      for (const text of [
        def.scoring.source,
        def.bandsSource,
        def.missingItems.source,
        def.licence.source,
        def.reverseScoringSource,
      ])
        expect(text.length).toBeGreaterThan(10);
      for (const rule of [def.reliableChange, def.meaningfulChange])
        if (rule && !rule.verified)
          expect(rule.source).toMatch(/\[U\]|[Uu]nconfirmed|not validated|[Bb]orrowed|DSM-IV/);
      for (const text of [
        ...def.flags.map((f) => f.source),
        def.clinicalSignificance?.source ?? "no rule, none needed",
      ])
        expect(text.length).toBeGreaterThan(10);
      if (def.clinicalSignificance) expect(def.clinicalSignificance.source).toMatch(/Jacobson & Truax/);
    }
  });
});

describe("the definition schema rejects", () => {
  const broken = (patch: Partial<InstrumentDefinition>) =>
    InstrumentDefinition.safeParse({ ...phq9, ...patch });
  const paths = (patch: Partial<InstrumentDefinition>) => {
    const r = broken(patch);
    return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
  };

  it("overlapping or descending bands", () => {
    expect(
      paths({
        bands: [
          { min: 0, max: 5, label: "minimal" },
          { min: 5, max: 9, label: "mild" },
        ],
      }),
    ).toContain("bands.1");
  });
  it("a band outside the possible range", () => {
    expect(paths({ bands: [{ min: 0, max: 28, label: "all" }] })).toContain("bands.0");
  });
  it("band names that are not lower case", () => {
    expect(paths({ bands: [{ min: 0, max: 27, label: "Severe" }] })).toContain("bands.0.label");
  });
  it("a reverse-scored item that does not exist", () => {
    expect(paths({ reverseScoredItems: [10] })).toContain("reverseScoredItems.0");
  });
  it("a flag on an item that does not exist", () => {
    expect(paths({ flags: [{ ...phq9.flags[0]!, item: 10 }] })).toContain("flags.0.item");
  });
  it("a flag whose grades do not cover each answer from its minimum up", () => {
    const flag = phq9.flags[0]!;
    expect(paths({ flags: [{ ...flag, grades: flag.grades.slice(0, 2) }] })).toContain("flags.0.grades");
  });
  it("a flag with a parameter its kind does not read, or without one it needs", () => {
    const flag = phq9.flags[0]!;
    expect(paths({ flags: [{ ...flag, maximum: 3 }] })).toContain("flags.0.maximum");
    expect(paths({ flags: [{ ...flag, kind: "raw-at-most" }] })).toEqual(
      expect.arrayContaining(["flags.0.item", "flags.0.minimum", "flags.0.maximum", "flags.0.grades"]),
    );
  });
  it("clinical significance without a reliable-change figure", () => {
    expect(paths({ reliableChange: null })).toContain("clinicalSignificance");
  });
  it("item wording when the licence does not allow reproducing it", () => {
    expect(paths({ licence: { ...phq9.licence, itemTextsReproducible: false } })).toContain("items.0.text");
  });
  it("answer values with a gap", () => {
    expect(paths({ options: [phq9.options[0]!, phq9.options[2]!] })).toContain("options.1.value");
  });
  it("a rule without a source", () => {
    expect(paths({ scoring: { ...phq9.scoring, source: "" } })).toContain("scoring.source");
  });
  it("a diagnostic rule naming a subscale that does not exist", () => {
    const diagnosticRule = {
      id: "x",
      label: "x",
      itemAtLeast: 2,
      minimumPerSubscale: { Z: 1 },
      source: "a test source",
    };
    expect(paths({ diagnosticRule })).toContain("diagnosticRule.minimumPerSubscale.Z");
  });
});
