// Arrow keys within a grid of tiles laid out in rows: left and right move along a row (and on to
// the next row), up and down to the nearest tile of the row above or below; Home and End to a
// row's ends. Works on what is drawn, so it follows filters and wrapping without bookkeeping.
export function moveInGrid(container: HTMLElement, from: HTMLElement, key: string): HTMLElement | null {
  const rows = [...container.querySelectorAll<HTMLElement>("[data-grid-row]")]
    .map((r) => [...r.querySelectorAll<HTMLElement>("button[data-piece-id]")])
    .filter((r) => r.length > 0);
  const r = rows.findIndex((row) => row.includes(from));
  if (r < 0) return null;
  const flat = rows.flat();
  const at = flat.indexOf(from);
  switch (key) {
    case "ArrowRight":
      return flat[at + 1] ?? null;
    case "ArrowLeft":
      return flat[at - 1] ?? null;
    case "Home":
      return rows[r]![0] ?? null;
    case "End":
      return rows[r]!.at(-1) ?? null;
    case "ArrowDown":
    case "ArrowUp": {
      const row = rows[r + (key === "ArrowDown" ? 1 : -1)];
      if (!row) return null;
      const x = from.getBoundingClientRect().left;
      return row.reduce((best, cell) =>
        Math.abs(cell.getBoundingClientRect().left - x) < Math.abs(best.getBoundingClientRect().left - x)
          ? cell
          : best,
      );
    }
    default:
      return null;
  }
}

export const GRID_KEYS = new Set(["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"]);
