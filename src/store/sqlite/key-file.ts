// Encryption at rest by default for the embedded store: without TESSERA_DB_KEY, the first start
// creates a random key in a file beside (never inside) the data folder, readable by its owner
// only; every later start and command reads it from there. A backup of the data folder alone
// therefore holds no key. TESSERA_KEY_FILE names another place.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export const KEY_FILE_SUFFIX = ".tessera-key";

/** ./data → ./data.tessera-key: outside the folder, next to it. */
export function keyFilePath(dataDir: string, env: Record<string, string | undefined> = {}): string {
  if (env.TESSERA_KEY_FILE) return resolve(env.TESSERA_KEY_FILE);
  const folder = resolve(dataDir);
  return join(dirname(folder), `${basename(folder)}${KEY_FILE_SUFFIX}`);
}

/** The key in the file, or undefined when there is no file. */
export function readKeyFile(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const key = readFileSync(path, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`${path} does not hold a Tessera key (64 hex digits)`);
  return key;
}

export function newKey(): string {
  return randomBytes(32).toString("hex");
}

/**
 * Creates the key file unless it exists (another process may win the race: its key is used).
 * Answers the key and whether this call created it.
 */
export function createKeyFile(path: string): { key: string; created: boolean } {
  mkdirSync(dirname(path), { recursive: true });
  const key = newKey();
  try {
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: "wx" });
    return { key, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return { key: readKeyFile(path)!, created: false };
  }
}

/** Replaces the key file's content atomically (write beside, then rename), mode 0600. */
export function replaceKeyFile(path: string, key: string): void {
  const next = `${path}.new`;
  writeFileSync(next, `${key}\n`, { mode: 0o600 });
  renameSync(next, path);
}

/** What to tell the operator once, when the key was just created. */
export function keyCreatedMessage(path: string): string {
  return [
    `Tessera encrypts its database with a key it has just created: ${path} (readable by you only).`,
    "Back this file up on its own, away from the data folder (a password manager or a safe place):",
    "without it neither the database nor a backup of the data folder can be read.",
    "`tessera key rotate` replaces it with a new key and re-encrypts the database.",
  ].join("\n");
}
