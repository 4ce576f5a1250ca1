// Writing and reading the lines of a backup file (format in backup-format.ts). The reader checks
// as it goes and throws BackupRefused at the first problem; only a fully read file is valid.
import { createReadStream } from "node:fs";
import { createHash, type Hash } from "node:crypto";
import { createInterface } from "node:readline";
import type { SqlValue } from "../raw/raw-database";
import { CHUNK_BYTES, decryptChunk, deriveKey, encryptChunk } from "./backup-crypto";
import {
  BACKUP_FORMAT,
  BackupHeader,
  BackupRefused,
  BackupRowLine,
  BackupTrailer,
  type BackupHeader as Header,
  type BackupTrailer as Trailer,
} from "./backup-format";

export class BackupEncoder {
  private readonly hash: Hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private chunkIndex = 0;
  private readonly rows: Record<string, number> = {};

  private constructor(
    private readonly headerLine: string,
    private readonly key: Buffer | null,
    private readonly out: (text: string) => Promise<void>,
  ) {}

  static async start(header: Header, passphrase: string | null, out: (text: string) => Promise<void>) {
    if ((header.encryption === null) !== (passphrase === null))
      throw new Error("an encrypted backup needs a key, and only an encrypted one");
    const headerLine = JSON.stringify(header);
    const key = header.encryption && passphrase ? await deriveKey(passphrase, header.encryption) : null;
    const encoder = new BackupEncoder(headerLine, key, out);
    encoder.hash.update(`${headerLine}\n`);
    await out(`${headerLine}\n`);
    for (const t of header.tables) encoder.rows[t.name] = 0;
    return encoder;
  }

  async writeRow(table: string, values: SqlValue[]): Promise<void> {
    const line = `${JSON.stringify([table, values])}\n`;
    this.hash.update(line);
    this.rows[table] = (this.rows[table] ?? 0) + 1;
    await this.emit(line, false);
  }

  async finish(): Promise<Trailer> {
    const trailer: Trailer = { end: true, rows: this.rows, sha256: this.hash.digest("hex") };
    await this.emit(`${JSON.stringify(trailer)}\n`, true);
    return trailer;
  }

  private async emit(line: string, final: boolean): Promise<void> {
    if (!this.key) {
      await this.out(line);
      return;
    }
    const bytes = Buffer.from(line);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    while (this.pendingBytes >= CHUNK_BYTES && !(final && this.pendingBytes === CHUNK_BYTES)) {
      const all = Buffer.concat(this.pending);
      await this.writeChunk(all.subarray(0, CHUNK_BYTES), false);
      this.pending = [all.subarray(CHUNK_BYTES)];
      this.pendingBytes = all.length - CHUNK_BYTES;
    }
    if (final) await this.writeChunk(Buffer.concat(this.pending), true);
  }

  private async writeChunk(plain: Buffer, last: boolean): Promise<void> {
    await this.out(`${encryptChunk(this.key!, this.headerLine, this.chunkIndex++, last, plain)}\n`);
  }
}

export interface BackupReader {
  header: Header;
  /** Every row, in file order; throws BackupRefused as soon as the file proves bad. */
  rows(): AsyncGenerator<[string, SqlValue[]]>;
  /** Set once rows() has run to the end without a problem. */
  trailer(): Trailer | null;
}

/** Opens a backup file: reads and checks the header now, the rest as rows() is iterated. */
export async function openBackup(file: string, passphrase: string | null): Promise<BackupReader> {
  const header = await readHeader(file);
  if (header.value.encryption && !passphrase)
    throw new BackupRefused("it is encrypted: give its key in TESSERA_BACKUP_KEY or TESSERA_DB_KEY");
  const key =
    header.value.encryption && passphrase ? await deriveKey(passphrase, header.value.encryption) : null;
  let done: Trailer | null = null;
  const columnsOf = new Map(header.value.tables.map((t) => [t.name, t.columns.length]));

  async function* plainLines(): AsyncGenerator<string> {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    let carry = "";
    let sawLast = false;
    for await (const line of lines) {
      n += 1;
      if (n === 1) continue;
      if (!key) {
        yield line;
        continue;
      }
      if (sawLast) throw new BackupRefused("there is data after its last chunk");
      const { plain, last } = decryptChunk(key, header.line, n - 2, line);
      sawLast = last;
      const text = carry + plain.toString("utf8");
      const parts = text.split("\n");
      carry = parts.pop()!;
      for (const part of parts) yield part;
    }
    if (key && !sawLast) throw new BackupRefused("it ends before its last chunk (truncated)");
    if (carry !== "") yield carry;
  }

  async function* rows(): AsyncGenerator<[string, SqlValue[]]> {
    const hash = createHash("sha256").update(`${header.line}\n`);
    const counts: Record<string, number> = {};
    let trailer: Trailer | null = null;
    for await (const line of plainLines()) {
      if (trailer) throw new BackupRefused("there is data after its trailer");
      const value = parseJson(line);
      if (!Array.isArray(value)) {
        const parsed = BackupTrailer.safeParse(value);
        if (!parsed.success) throw new BackupRefused("a line is neither a row nor the trailer");
        trailer = parsed.data;
        continue;
      }
      hash.update(`${line}\n`);
      const row = BackupRowLine.safeParse(value);
      const width = row.success ? columnsOf.get(row.data[0]) : undefined;
      if (!row.success || width !== row.data[1].length)
        throw new BackupRefused("a row does not fit the tables in its header");
      counts[row.data[0]] = (counts[row.data[0]] ?? 0) + 1;
      yield row.data;
    }
    if (!trailer) throw new BackupRefused("it has no trailer (truncated)");
    if (hash.digest("hex") !== trailer.sha256)
      throw new BackupRefused("its checksum does not match (damaged)");
    for (const t of header.value.tables) {
      if ((counts[t.name] ?? 0) !== (trailer.rows[t.name] ?? 0))
        throw new BackupRefused(`the number of ${t.name} rows does not match its trailer`);
    }
    done = trailer;
  }

  return { header: header.value, rows, trailer: () => done };
}

/** Reads the whole file without writing anywhere; resolves only for a complete, intact backup. */
export async function verifyBackup(file: string, passphrase: string | null) {
  const reader = await openBackup(file, passphrase);
  for await (const row of reader.rows()) void row;
  return { header: reader.header, trailer: reader.trailer()! };
}

async function readHeader(file: string): Promise<{ line: string; value: Header }> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let first: string | undefined;
  for await (const line of lines) {
    first = line;
    break;
  }
  lines.close();
  const value = parseJson(first ?? "");
  if ((value as { format?: unknown } | null)?.format !== BACKUP_FORMAT)
    throw new BackupRefused("it is not a Tessera backup");
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success) throw new BackupRefused("its header is not one this version of Tessera reads");
  return { line: first!, value: parsed.data };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new BackupRefused("a line is not valid JSON (damaged or truncated)");
  }
}
