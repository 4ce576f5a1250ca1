// How scores, changes and flags read in the workspace. Numbers come from the API; only wording here.
import type { MeasureResponse } from "../../../src/domain";
import type { ScoreResult } from "../../../src/measures";
import type { Instrument, TimelineItem } from "../api/tessera-api";

type Change = NonNullable<TimelineItem["change"]["fromPrevious"]>;

/** A total at the instrument's precision, without trailing zeros: 14, 2.5, 2.33. */
export function formatTotal(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** A signed difference with a true minus sign: "−7", "+2", "0". */
export function formatDifference(value: number, decimals: number): string {
  const text = formatTotal(Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : "0";
}

/** "item 3", "items 3 and 7", "items 2, 5 and 8", runs of three or more as "items 4 and 6–20". */
export function itemList(numbers: readonly number[]): string {
  if (numbers.length === 0) return "";
  if (numbers.length === 1) return `item ${numbers[0]}`;
  const parts: string[] = [];
  const sorted = [...numbers].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  const list =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `items ${list}`;
}

/** "reliable improvement", "reliable worsening", or what an unreliable change is. */
export function changeVerdict(change: Change): string {
  if (change.reliable === true) {
    return change.direction === "improved" ? "reliable improvement" : "reliable worsening";
  }
  if (change.direction === "unchanged") return "no change";
  if (change.reliable === null) return "not judged (no reliable-change figure)";
  return "within measurement error";
}

/** "10 points lower" / "1.5 points higher" / "no change". */
export function pointsPhrase(change: Change, decimals: number): string {
  const size = formatTotal(Math.abs(change.difference), decimals);
  if (change.difference === 0) return "no change";
  return `${size} ${size === "1" ? "point" : "points"} ${change.difference < 0 ? "lower" : "higher"}`;
}

/** The calendar day in the practitioner's own time zone of an instant such as followUp.at. */
export function localDay(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface RaisedFlag {
  id: string;
  item: number;
  /** The item's wording, or "Item N" where the licence keeps it off screen. */
  itemText: string;
  /** The answer given, in the instrument's words when it has them. */
  answer: string;
  meaning: string;
}

/** The flags a response raised, each with the item and the answer that raised it. */
export function raisedFlags(instrument: Instrument | undefined, response: MeasureResponse): RaisedFlag[] {
  return response.flags.map((id) => {
    const def = instrument?.flags.find((f) => f.id === id);
    if (!instrument || !def) return { id, item: 0, itemText: id, answer: "", meaning: "" };
    const item = instrument.items.find((i) => i.number === def.item);
    const value = response.answers[def.item - 1];
    const option = instrument.options.find((o) => o.value === value);
    return {
      id,
      item: def.item,
      itemText: item?.text ?? `Item ${def.item}`,
      answer: option?.label ?? String(value ?? ""),
      meaning: def.meaning,
    };
  });
}

/** Responses whose flags nobody has followed up yet. */
export function openFlagItems(items: readonly TimelineItem[]): TimelineItem[] {
  return items.filter((i) => i.response.flags.length > 0 && i.response.followUp === null);
}

/** The client's own names for a symptom profile's concerns and activity, in item order. */
export const PROFILE_LABEL_ITEMS: Record<number, { index: number; label: string }> = {
  1: { index: 0, label: "Concern, in the client’s words" },
  2: { index: 1, label: "Second concern, in the client’s words" },
  3: { index: 2, label: "Activity, in the client’s words" },
};

/** "Concerns: back pain, sleep · Activity: gardening", from a response's labels. */
export function profileLabels(labels: readonly string[]): string {
  const concerns = [labels[0], labels[1]].filter((l): l is string => !!l && l.trim() !== "");
  const activity = labels[2]?.trim();
  return [
    concerns.length > 0 ? `${concerns.length > 1 ? "Concerns" : "Concern"}: ${concerns.join(", ")}` : "",
    activity ? `Activity: ${activity}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** What a complete score says beyond its band: cut-points reached, a diagnostic rule met. */
export function scoreFindings(instrument: Instrument, score: ScoreResult | null): string[] {
  if (!score || score.total === null) return [];
  const found = instrument.cutPoints
    .filter((c) => score.cutPoints[c.id] === true)
    .map((c) => `at or above the ${c.label} cut-point (${c.atLeast})`);
  if (score.diagnosticRule?.met) {
    found.push("meets the provisional diagnostic rule; only a clinical interview can confirm it");
  }
  return found;
}
