// Progress of long runs (backup, restore) behind one small interface, so a progress-bar library
// can replace the plain stderr lines without touching the jobs that report.
export interface Progress {
  /** A new stage, e.g. a table, with the number of steps when known. */
  stage(label: string, total: number | null): void;
  advance(steps?: number): void;
  done(): void;
}

export const silentProgress: Progress = { stage() {}, advance() {}, done() {} };

/** One line per stage on stderr, rewritten in place while a terminal shows it. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  let label = "";
  let total: number | null = null;
  let count = 0;
  let lastShown = 0;
  const show = (final: boolean) => {
    const of = total === null ? "" : ` of ${total}`;
    const percent = total ? ` (${Math.floor((100 * count) / total)}%)` : "";
    const text = `${label}: ${count}${of}${percent}`;
    if (tty) stream.write(`\r\x1b[2K${text}${final ? "\n" : ""}`);
    else if (final) stream.write(`${text}\n`);
  };
  const close = () => {
    if (label) show(true);
  };
  return {
    stage(next, steps) {
      close();
      label = next;
      total = steps;
      count = 0;
      lastShown = 0;
    },
    advance(steps = 1) {
      count += steps;
      if (tty && count - lastShown >= 500) {
        lastShown = count;
        show(false);
      }
    },
    done() {
      close();
      label = "";
    },
  };
}
