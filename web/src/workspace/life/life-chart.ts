// Layout of the life timeline: age across (from before birth to the client's age now), sessions
// down, so each memory sits at the age it goes back to, on the row of the session that recalled it.
import { scaleLinear } from "d3-scale";

export function lifeScales(opts: { ageNow: number; sessions: number; width: number }) {
  const left = 90;
  const right = 16;
  const rowHeight = 16;
  const top = 34;
  const x = scaleLinear()
    .domain([-1, Math.max(opts.ageNow, 20) + 1])
    .range([left, Math.max(left + 200, opts.width - right)]);
  const y = (index: number) => top + index * rowHeight + rowHeight / 2;
  return { x, y, top, rowHeight, height: top + opts.sessions * rowHeight + 24, left };
}
