// Cards with a strip (threads, characters) counted per card and strip cell in SQL: from those
// counts, each card's span (sessions seen, items, first and last place), the places whose
// sessions the cards name, and, once those sessions are read, the spans and cell presences as
// the views' rows hold them. One copy for both views.
import { groupedBy, type SessionRef } from "../../../domain";
import { boundPlaces, type ProcessAxis } from "./process-axis";

/** A card's count in one strip cell: sessions present, items in them, their first and last place. */
export interface CellCount {
  key: string;
  cell: number;
  present: number;
  count: number;
  first: number;
  last: number;
}

type Counted = number | string | bigint | null;

/** A grouped row as the drivers give it (PostgreSQL's counts and sums come as strings). */
export function cellCount(
  key: string,
  row: { cell: Counted; present: Counted; count: Counted; first: Counted; last: Counted },
): CellCount {
  return {
    key,
    cell: Number(row.cell),
    present: Number(row.present),
    count: Number(row.count),
    first: Number(row.first),
    last: Number(row.last),
  };
}

export function cardsOnAxis(axis: ProcessAxis, counts: readonly CellCount[]) {
  const cellsOf = groupedBy(counts, (c) => c.key);
  const spans = [...cellsOf].map(([key, own]) => ({
    key,
    sessionsSeen: own.reduce((n, c) => n + c.present, 0),
    count: own.reduce((n, c) => n + c.count, 0),
    first: Math.min(...own.map((c) => c.first)),
    last: Math.max(...own.map((c) => c.last)),
  }));
  return {
    cellsOf,
    spans,
    /** The places whose sessions the cells' bounds, the cells' links and the spans name. */
    places: [...boundPlaces(axis), ...counts.map((c) => c.first), ...spans.flatMap((x) => [x.first, x.last])],
    /** The spans and presences with the sessions at those places. */
    resolve(at: ReadonlyMap<number, SessionRef>) {
      return {
        spans: spans.map(({ key, sessionsSeen, count, first, last }) => ({
          key,
          sessionsSeen,
          count,
          firstSession: at.get(first)!,
          lastSession: at.get(last)!,
        })),
        presence: counts.map((c) => ({
          key: c.key,
          cell: c.cell,
          present: c.present,
          sessionId: at.get(c.first)!.id,
        })),
      };
    },
  };
}
