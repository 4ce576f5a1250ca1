// Progress of long runs (backup, restore) behind one small interface. On a terminal it is a
// cli-progress bar per stage; otherwise one plain line per finished stage on stderr, so logs and
// test output stay readable.
import cliProgress from "cli-progress";

export interface Progress {
  /** A new stage, e.g. a table, with the number of steps when known. */
  stage(label: string, total: number | null): void;
  advance(steps?: number): void;
  done(): void;
}

export const silentProgress: Progress = { stage() {}, advance() {}, done() {} };

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  let bar: cliProgress.SingleBar | null = null;
  let count = 0;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    stage(label, total) {
      stop();
      count = 0;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${label.padEnd(22)} [{bar}] {value}${total === null ? "" : "/{total}"}`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0);
    },
    advance(steps = 1) {
      count += steps;
      bar?.update(count);
    },
    done: stop,
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let label = "";
  let total: number | null = null;
  let count = 0;
  const close = () => {
    if (label) stream.write(`${label}: ${count}${total === null ? "" : ` of ${total}`}\n`);
    label = "";
  };
  return {
    stage(next, steps) {
      close();
      label = next;
      total = steps;
      count = 0;
    },
    advance(steps = 1) {
      count += steps;
    },
    done: close,
  };
}
