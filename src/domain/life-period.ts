// Ages and life periods (spec: "period ... Derived from age when an age is given").
import type { LifePeriod } from "./vocabulary";

export function periodForAge(age: number): LifePeriod {
  if (age <= 2) return "infancy";
  if (age <= 12) return "childhood";
  if (age <= 19) return "adolescence";
  return "adulthood";
}

/** Whole years between a date of birth and a later date, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
