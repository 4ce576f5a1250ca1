// Suggestions most confident first, and those below the practitioner's threshold hidden but counted.
import { afterEach, describe, expect, it, vi } from "vitest";
import { segmentText } from "./narrative-mirror";
import { extracted } from "./suggestion-factories";
import { openSuggestions } from "./suggestion-state";
import {
  DEFAULT_THRESHOLD,
  loadThreshold,
  orderByConfidence,
  splitByThreshold,
  storeThreshold,
  visibleByThreshold,
} from "./suggestion-threshold";

const text = "A little girl appeared. She felt sad in her chest. She began to cry. Her hands felt warm.";
const girl = { ...extracted(text, "A little girl appeared", "character"), confidence: 0.75 };
const sad = { ...extracted(text, "She felt sad in her chest", "emotion"), confidence: 0.8 };
const cry = { ...extracted(text, "She began to cry", "release"), confidence: 0.85 };
const warm = { ...extracted(text, "Her hands felt warm", "temperature"), confidence: 0.55 };
const open = openSuggestions([girl, sad, cry, warm], text, new Set(), []);

describe("suggestion order", () => {
  it("puts the most confident suggestion first", () => {
    expect(orderByConfidence(open).map((s) => s.kind)).toEqual([
      "release",
      "emotion",
      "character",
      "temperature",
    ]);
  });

  it("keeps the narrative's order among suggestions of equal confidence", () => {
    const later = { ...cry, confidence: 0.8 };
    const earlier = { ...sad, confidence: 0.8 };
    expect(orderByConfidence([later, earlier]).map((s) => s.kind)).toEqual(["emotion", "release"]);
  });

  it("counts a suggestion without a confidence as sure", () => {
    const { confidence: _, ...bare } = warm;
    expect(orderByConfidence([sad, bare])[0]!.kind).toBe("temperature");
    expect(splitByThreshold([bare], "most-likely").hidden).toEqual([]);
  });
});

describe("suggestion threshold", () => {
  it("shows every suggestion at 'all'", () => {
    const { shown, hidden } = splitByThreshold(open, "all");
    expect(shown).toHaveLength(4);
    expect(hidden).toEqual([]);
  });

  it("hides those below 'likely', and keeps them, in order, to show on request", () => {
    const { shown, hidden } = splitByThreshold(open, "likely");
    expect(shown.map((s) => s.kind)).toEqual(["release", "emotion", "character"]);
    expect(hidden.map((s) => s.kind)).toEqual(["temperature"]);
  });

  it("shows only the surest at 'most likely', and loses none: shown and hidden hold them all", () => {
    const { shown, hidden } = splitByThreshold(open, "most-likely");
    expect(shown.map((s) => s.kind)).toEqual(["release"]);
    expect([...shown, ...hidden].map((s) => s.key).sort()).toEqual(open.map((s) => s.key).sort());
  });
});

describe("what the panel and the narrative's read-back show", () => {
  /** The parts of the narrative tinted in the read-back, given the highlights it is handed. */
  const tinted = (highlights: readonly (typeof open)[number][]) =>
    segmentText(text, highlights)
      .filter((seg) => seg.covering.length > 0)
      .map((seg) => text.slice(seg.start, seg.end));

  it("does not tint a suggestion hidden below the threshold", () => {
    const { visible, hidden } = visibleByThreshold(open, "likely", false);
    expect(hidden.map((s) => s.kind)).toEqual(["temperature"]);
    expect(tinted(visible)).toEqual([
      "A little girl appeared",
      "She felt sad in her chest",
      "She began to cry",
    ]);
    expect(tinted(visible)).not.toContain("Her hands felt warm");
  });

  it("tints the hidden ones too once they are revealed, listed after the shown ones", () => {
    const { visible } = visibleByThreshold(open, "likely", true);
    expect(visible.map((s) => s.kind)).toEqual(["release", "emotion", "character", "temperature"]);
    expect(tinted(visible)).toContain("Her hands felt warm");
  });

  it("tints every suggestion at 'all', revealed or not", () => {
    expect(visibleByThreshold(open, "all", false).visible).toHaveLength(4);
  });
});

describe("the remembered threshold", () => {
  afterEach(() => vi.unstubAllGlobals());
  const fakeStorage = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      data,
    };
  };

  it("is the level last chosen in this browser, and stores only the level's name", () => {
    const localStorage = fakeStorage();
    vi.stubGlobal("window", { localStorage });
    storeThreshold("most-likely");
    expect(loadThreshold()).toBe("most-likely");
    expect([...localStorage.data.values()]).toEqual(["most-likely"]);
  });

  it("falls back to showing all when nothing, or something unknown, is stored", () => {
    const localStorage = fakeStorage();
    vi.stubGlobal("window", { localStorage });
    expect(loadThreshold()).toBe(DEFAULT_THRESHOLD);
    localStorage.setItem("tessera:suggestion-threshold", "everything");
    expect(loadThreshold()).toBe("all");
  });

  it("falls back to showing all when storage is disabled", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new Error("disabled");
      },
    });
    expect(loadThreshold()).toBe("all");
    expect(() => storeThreshold("likely")).not.toThrow();
  });
});
