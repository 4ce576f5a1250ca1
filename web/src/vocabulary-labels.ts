// Readable names for the controlled vocabularies of src/domain.
import type { BodyRegion, ConcernCategory, LifePeriod } from "../../src/domain";

export function regionLabel(region: BodyRegion): string {
  return region === "whole-body" ? "whole body" : region.replace(/-/g, " ");
}

export const PERIOD_LABEL: Record<LifePeriod, string> = {
  prenatal: "prenatal",
  birth: "birth",
  infancy: "infancy (0–2)",
  childhood: "childhood (3–12)",
  adolescence: "adolescence (13–19)",
  adulthood: "adulthood (20+)",
};

export const CONCERN_LABEL: Record<ConcernCategory, string> = {
  anxiety: "Anxiety",
  depression: "Depression",
  stress: "Stress",
  trauma: "Trauma",
  pain: "Pain",
  illness: "Illness",
  other: "Other",
};

export const COLOUR_SWATCH: Record<string, string> = {
  red: "#c62828",
  orange: "#ef6c00",
  yellow: "#f9d71c",
  green: "#2e7d32",
  blue: "#1565c0",
  purple: "#6a1b9a",
  pink: "#ec7fb0",
  brown: "#6d4c41",
  black: "#222",
  white: "#fff",
  grey: "#9e9e9e",
  gold: "#d4a017",
  silver: "#c0c0c0",
  turquoise: "#1fb5ac",
};

// One formatter each, made once: toLocaleDateString builds a new Intl formatter on every call,
// which was most of the mosaic's own render time (a date per session row).
const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2024-03-05" → "5 Mar 2024", read as a calendar day (no time zone shift). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  return DAY.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2024-03" (or a full date) → "March 2024". */
export function formatMonth(iso: string): string {
  const [y, m] = iso.slice(0, 7).split("-").map(Number);
  if (!y || !m) return iso;
  return MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
