// Writes a file so that readers only ever see the old one or the complete new one: the content
// goes to a temporary file beside it, is flushed to disk, and is renamed over the target. A
// process killed halfway leaves the previous file as it was (and a *.partial file that the next
// write to the same path removes).
import { open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const BUFFER_BYTES = 256 * 1024;

export async function writeFileAtomically(
  target: string,
  produce: (write: (data: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const dir = dirname(target);
  await removeStalePartials(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.partial`);
  const handle = await open(temp, "wx", 0o600);
  let buffered: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    // writeFile goes on from the current position and loops until every byte is written.
    await handle.writeFile(Buffer.concat(buffered.map((b) => (typeof b === "string" ? Buffer.from(b) : b))));
    buffered = [];
    size = 0;
  };
  try {
    await produce(async (data) => {
      buffered.push(data);
      size += data.length;
      if (size >= BUFFER_BYTES) await flush();
    });
    await flush();
    await handle.sync();
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw err;
  }
  await rename(temp, target);
  // The rename itself is durable only once the folder is flushed too.
  const folder = await open(dir, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Partial files of earlier writes to this path whose process is gone. */
async function removeStalePartials(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  for (const name of await readdir(dirname(target))) {
    if (!name.startsWith(prefix) || !name.endsWith(".partial")) continue;
    const pid = Number(name.slice(prefix.length, -".partial".length));
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    await rm(join(dirname(target), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === "EPERM";
  }
}
