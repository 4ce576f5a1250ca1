// Cards over the process: per card and strip cell, how many sessions held it, the first of them
// and its items there, grouped in SQL from per-session rows; then one read for the refs of the
// axis's bounds and of each card's first and last session (issue 16). The threads use it, from
// their kept counts (SQLite joins them to the ranked sessions through an automatic index). The
// characters and the life chart, grouped the same way from the pieces' index, were slower at
// 3,000 sessions than reading their pairs (characters 11.7 -> 13.1 ms, life 19 -> 31 ms), so
// they keep their own reads.
import type { RawBuilder } from "kysely";
import { STRIP_CELLS, type AxisCell, type CardPresence, type CellPresence } from "../../../domain";
import type { ScopeContext } from "../scope-context";
import { axisCells, boundIndexes, processAxis, readSteady, refsAt } from "./process-cells";

export interface Cards {
  sessionCount: number;
  axis: AxisCell[];
  cards: CardPresence[];
}

/** One card in one cell: sessions that held it, the first and last of them (indexes), its items. */
export interface CellRow {
  card: string;
  cell: number | string;
  present: number | string;
  first: number | string;
  last: number | string;
  n: number | string | null;
}

/**
 * The axis and each card's presence. `grouped` runs the per card and cell query given the cell
 * expression: it joins the card's per-session rows to `ranked as r` and selects CellRow.
 */
export function readCards(
  ctx: ScopeContext,
  clientId: string,
  grouped: (cellOf: RawBuilder<number>) => Promise<CellRow[]>,
): Promise<Cards> {
  return readSteady(async () => {
    const axis = await processAxis(ctx, clientId, STRIP_CELLS);
    const rows = await grouped(axis.cellOf);
    const byCard = new Map<
      string,
      { cells: Array<CellRow & { cellAt: number; firstAt: number }>; count: number }
    >();
    for (const r of rows) {
      const own = byCard.get(r.card) ?? { cells: [], count: 0 };
      own.cells.push({ ...r, cellAt: Number(r.cell), firstAt: Number(r.first) });
      own.count += Number(r.n ?? 0);
      byCard.set(r.card, own);
    }
    const wanted = boundIndexes(axis);
    for (const { cells } of byCard.values()) for (const c of cells) wanted.push(c.firstAt, Number(c.last));
    const refs = await refsAt(ctx, clientId, wanted);
    const axisRow = axisCells(axis, refs);
    if (!axisRow) return null;
    const cards: CardPresence[] = [];
    for (const [id, { cells, count }] of byCard) {
      cells.sort((a, b) => a.cellAt - b.cellAt);
      const first = refs.get(cells[0]!.firstAt);
      const last = refs.get(Number(cells.at(-1)!.last));
      if (!first || !last) return null;
      const presence: CellPresence[] = [];
      for (const c of cells) {
        const ref = refs.get(c.firstAt);
        if (!ref) return null;
        presence.push({ cell: c.cellAt, present: Number(c.present), sessionId: ref.id });
      }
      cards.push({
        id,
        count,
        sessionsSeen: presence.reduce((n, c) => n + c.present, 0),
        firstSession: first,
        lastSession: last,
        cells: presence,
      });
    }
    return { sessionCount: axis.total, axis: axisRow, cards };
  });
}
