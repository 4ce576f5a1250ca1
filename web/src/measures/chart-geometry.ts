// Pure geometry of the score chart: calendar-day time scale, month ticks, value ticks, band edges.
// No React here, so the rules are tested without a browser.

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03-05" → whole days since 1970-01-01, read as a calendar day (no time zone shift). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

export type Scale = (value: number) => number;

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/**
 * The days the time axis covers: every date given, padded so the first and last marks do not sit
 * on the plot's edge. A single date gets a month either side.
 */
export function timeDomain(dates: readonly string[]): [number, number] {
  if (dates.length === 0) {
    const today = Math.floor(Date.now() / DAY_MS);
    return [today - 30, today + 30];
  }
  const days = dates.map(dayNumber);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = last === first ? 30 : Math.max(7, Math.round((last - first) * 0.04));
  return [first - pad, last + pad];
}

export interface MonthTick {
  day: number;
  label: string;
}

/**
 * Month starts inside the domain, thinned to at most `maxTicks` (every 1, 2, 3, 6 or 12 months).
 * The first tick and each January carry the year.
 */
export function monthTicks(domain: readonly [number, number], maxTicks: number): MonthTick[] {
  const start = new Date(domain[0] * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  if (m === 12) {
    y += 1;
    m = 0;
  }
  const starts: Array<{ day: number; year: number; month: number }> = [];
  for (;;) {
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > domain[1]) break;
    if (day >= domain[0]) starts.push({ day, year: y, month: m });
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(starts.length / s) <= Math.max(1, maxTicks)) ?? 12;
  const kept = starts.filter((s) => (step === 12 ? s.month === 0 : s.month % step === 0));
  const shown = kept.length > 0 ? kept : starts.slice(0, 1);
  return shown.map((s, i) => ({
    day: s.day,
    label: i === 0 || s.month === 0 ? `${MONTHS[s.month]} ${s.year}` : MONTHS[s.month]!,
  }));
}

/** Round steps (1, 2, 5 × 10ⁿ, and 25) from min to max, at most about `maxTicks` of them. */
export function valueTicks(min: number, max: number, maxTicks: number): number[] {
  const span = max - min;
  if (span <= 0) return [min];
  const raw = span / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) {
    ticks.push(Math.round(v * 1e6) / 1e6);
  }
  return ticks;
}

export interface BandArea {
  label: string;
  /** Edges on the total's scale, halfway to the next possible total so adjacent bands meet. */
  from: number;
  to: number;
  /** 0 (least concerning) to 1 (most), for the shading. */
  severity: number;
}

/**
 * Inclusive bands (e.g. 5–9, 10–14) as areas on a continuous axis: each edge moves half a unit of
 * the total's precision outwards, clamped to the total's range.
 */
export function bandAreas(
  bands: readonly { label: string; min: number; max: number }[],
  total: { min: number; max: number; decimals: number },
  higherIsBetter: boolean,
): BandArea[] {
  const half = 10 ** -total.decimals / 2;
  const n = bands.length;
  return bands.map((b, i) => {
    // Bands come in ascending order of the total; which end is worse depends on the instrument. A
    // lone band (WHO-5 "poor wellbeing") is the one worth noticing.
    const rank = higherIsBetter ? n - 1 - i : i;
    const severity = n === 1 ? 0.75 : rank / (n - 1);
    return {
      label: b.label,
      from: Math.max(total.min, b.min - half),
      to: Math.min(total.max, b.max + half),
      severity,
    };
  });
}

/**
 * Which of a row of marks (sorted by x) get a text label, so labels at least `minGap` apart never
 * overlap; the marks themselves are all drawn.
 */
export function labelled(xs: readonly number[], minGap: number): boolean[] {
  let last = Number.NEGATIVE_INFINITY;
  return xs.map((x) => {
    if (x - last < minGap) return false;
    last = x;
    return true;
  });
}
