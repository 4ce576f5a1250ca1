// How scores, changes and flags read in the workspace. Numbers come from the API; only wording here.
import type { MeasureResponse } from "../../../src/domain";
import type { ScoreResult, Urgency } from "../../../src/measures";
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

type ChangeFigures = Pick<Instrument, "meaningfulChange" | "clinicalSignificance">;

/**
 * What a change amounts to, in the instrument's own terms: "clinically meaningful improvement"
 * (PCL-5 ≥ 10), "reliable improvement" (PCL-5 5–9, PHQ-9 ≥ 6), "within measurement error", or for
 * the symptom profile, which has only the MYMOP figure, "clinically significant improvement" or
 * "not a clinically significant change". A Jacobson–Truax recovery is added where judged.
 */
export function changeVerdict(change: Change, instrument?: ChangeFigures): string {
  const label = instrument?.meaningfulChange?.label ?? "clinically meaningful";
  const recovered = change.clinicalSignificance === "recovered" ? `; ${recoveryPhrase(instrument)}` : "";
  if (change.direction === "unchanged") return "no change";
  const kind = change.direction === "improved" ? "improvement" : "worsening";
  if (change.meaningful === true) return `${label} ${kind}${recovered}`;
  if (change.reliable === true) return `reliable ${kind}${recovered}`;
  if (change.reliable === false) return "within measurement error";
  if (change.meaningful === false) return `not a ${label} change`;
  return "not judged (no reliable-change figure)";
}

function recoveryPhrase(instrument?: ChangeFigures): string {
  const cs = instrument?.clinicalSignificance;
  if (!cs) return "recovered (Jacobson–Truax)";
  const range = cs.clinicalRange === "at-least" ? `${cs.cutOff} or more` : `${cs.cutOff} or less`;
  return `recovered (Jacobson–Truax: out of the clinical range, ${range})`;
}

/** A change the chart colours: reliable, or for an instrument with only a named figure, that one. */
export function isNotableChange(change: Change | null | undefined): change is Change {
  if (!change || change.direction === "unchanged") return false;
  return change.reliable === true || (change.reliable === null && change.meaningful === true);
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

type FlagKind = Instrument["flags"][number]["kind"];

export interface RaisedFlag {
  id: string;
  kind: FlagKind | null;
  /** The item that raised it; null for a rule over all items or the total. */
  item: number | null;
  /** The item's wording, or "Item N" where the licence keeps it off screen. */
  itemText: string;
  /** The answer given, in the instrument's words when it has them; "" for whole-response rules. */
  answer: string;
  meaning: string;
  /** Null only for a flag the catalogue does not describe (an older definition). */
  urgency: Urgency | null;
  followUp: string;
}

/** Most urgent first; how the banner and the list order and grade flags. */
export const URGENCY_RANK: Record<Urgency, number> = { routine: 0, raised: 1, high: 2, highest: 3 };

export const URGENCY_LABEL: Record<Urgency, string> = {
  highest: "Urgent: follow up today, first",
  high: "Follow up today",
  raised: "Follow up soon",
  routine: "Review at the next contact",
};

/** The most urgent grade among flags, or null when none is graded. */
export function highestUrgency(flags: readonly RaisedFlag[]): Urgency | null {
  let top: Urgency | null = null;
  for (const f of flags)
    if (f.urgency && (top === null || URGENCY_RANK[f.urgency] > URGENCY_RANK[top])) top = f.urgency;
  return top;
}

/**
 * The flags a response raised (its stored ids), each with the item and answer that raised it and
 * the grade for that answer from the catalogue, most urgent first.
 */
export function raisedFlags(instrument: Instrument | undefined, response: MeasureResponse): RaisedFlag[] {
  const flags = response.flags.map((id): RaisedFlag => {
    const def = instrument?.flags.find((f) => f.id === id);
    if (!instrument || !def)
      return {
        id,
        kind: null,
        item: null,
        itemText: id,
        answer: "",
        meaning: "",
        urgency: null,
        followUp: "",
      };
    const value = def.item === null ? null : (response.answers[def.item - 1] ?? null);
    const grade =
      def.grades.find((g) => g.answer === (def.kind === "answer-at-least" ? value : null)) ?? def.grades[0]!;
    const item = def.item === null ? undefined : instrument.items.find((i) => i.number === def.item);
    const option = instrument.options.find((o) => o.value === value);
    return {
      id,
      kind: def.kind,
      item: def.item,
      itemText: def.item === null ? "" : (item?.text ?? `Item ${def.item}`),
      answer:
        value === null ? (def.kind === "unanswered" ? "left blank" : "") : (option?.label ?? String(value)),
      meaning: def.meaning,
      urgency: grade.urgency,
      followUp: grade.followUp,
    };
  });
  return flags.sort(
    (a, b) => (b.urgency ? URGENCY_RANK[b.urgency] : -1) - (a.urgency ? URGENCY_RANK[a.urgency] : -1),
  );
}

/** One line on what raised a flag: "Item 9 answered “Several days”", "Item 9 left blank", or its meaning. */
export function flagSummary(f: RaisedFlag): string {
  if (f.kind === "unanswered") return `Item ${f.item} left blank`;
  if (f.item !== null && f.answer) return `Item ${f.item} answered “${f.answer}”`;
  return f.meaning || f.id;
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

/**
 * What a complete score says beyond its band: cut-points reached, a total in a published cut-off
 * range (PCL-5 31–33), a diagnostic rule met.
 */
export function scoreFindings(instrument: Instrument, score: ScoreResult | null): string[] {
  if (!score || score.total === null) return [];
  const found: string[] = [];
  for (const c of instrument.cutPoints) {
    const met = score.cutPoints[c.id] === true;
    const inRange = c.range !== null && score.cutPointRanges?.[c.id] === true;
    const range = c.range ? `${c.range.min}–${c.range.max}` : "";
    if (met && inRange)
      found.push(
        `at or above the ${c.label} cut-point (${c.atLeast}), inside the published cut-off range ${range}`,
      );
    else if (met) found.push(`at or above the ${c.label} cut-point (${c.atLeast})`);
    else if (inRange)
      found.push(
        `in the published ${c.label} cut-off range (${range}), below the cut-point Tessera uses (${c.atLeast})`,
      );
  }
  if (score.diagnosticRule?.met) {
    found.push("meets the provisional diagnostic rule; only a clinical interview can confirm it");
  }
  return found;
}

/** "Clusters: B 10 of 20 · C 4 of 8 · D — · E 12 of 24" (— where a cluster has a blank item); "" without subscales. */
export function subscaleScores(instrument: Instrument, score: ScoreResult | null): string {
  if (!score || instrument.subscales.length === 0) return "";
  const parts = instrument.subscales.map((s) => {
    const value = score.subscales[s.id];
    return `${s.id} ${value == null ? "—" : `${value} of ${s.range.max}`}`;
  });
  return `Clusters: ${parts.join(" · ")}`;
}
