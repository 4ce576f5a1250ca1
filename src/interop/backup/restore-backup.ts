// `tessera restore`: reads the whole backup once to check it (checksum, counts, chunks, header)
// before anything is written, then migrates the empty target and inserts every row in one
// transaction, so a failure half way leaves the target as empty as it was.
import { openStore, type StoreConfig } from "../../store/open-store";
import { silentProgress, type Progress } from "../progress";
import { openRawDatabase, type RawDatabase, type SqlValue } from "../raw/raw-database";
import { openBackup, verifyBackup } from "./backup-codec";
import { BackupRefused, type BackupHeader } from "./backup-format";
import { appliedMigrations, planTables, quote } from "./backup-tables";

export interface RestoreOptions {
  passphrase: string | null;
  progress?: Progress;
}

export interface RestoreSummary {
  rows: Record<string, number>;
  source: "sqlite" | "postgres";
}

export async function restoreBackup(
  config: StoreConfig,
  file: string,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const progress = options.progress ?? silentProgress;
  const { header, trailer } = await verifyBackup(file, options.passphrase);

  const store = await openStore(config);
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  const raw = await openRawDatabase(config);
  try {
    await raw.transaction(async () => {
      await checkTarget(raw, header);
      const reader = await openBackup(file, options.passphrase);
      const batch = new Batcher(raw, header, progress);
      for await (const [table, values] of reader.rows()) await batch.add(table, values);
      await batch.flush();
      progress.done();
    });
  } finally {
    await raw.close();
  }
  return { rows: trailer.rows, source: header.source };
}

async function checkTarget(raw: RawDatabase, header: BackupHeader): Promise<void> {
  for (const table of ["practices", "users", "clients"]) {
    const [row] = await raw.all<{ n: number | string }>(`select count(*) as n from ${quote(table)}`);
    if (Number(row?.n ?? 0) > 0)
      throw new Error("restore needs an empty data folder or database; this one already holds a practice");
  }
  const here = await appliedMigrations(raw);
  if (here.join("\n") !== [...header.migrations].sort().join("\n"))
    throw new BackupRefused(
      `it was made at schema ${header.migrations.at(-1) ?? "(none)"}, this Tessera is at ${here.at(-1) ?? "(none)"}`,
    );
  const tables = new Map((await planTables(raw)).map((t) => [t.name, t.columns]));
  for (const t of header.tables) {
    const columns = tables.get(t.name);
    if (!columns) throw new BackupRefused(`it holds a table this Tessera does not have: ${t.name}`);
    if ([...columns].sort().join() !== [...t.columns].sort().join())
      throw new BackupRefused(`the columns of ${t.name} differ from this Tessera's`);
  }
  const missing = [...tables.keys()].filter((name) => !header.tables.some((t) => t.name === name));
  if (missing.length) throw new BackupRefused(`it lacks the table(s) ${missing.join(", ")}`);
}

/** Inserts rows a few hundred at a time (one statement each), table by table in file order. */
class Batcher {
  private table: string | null = null;
  private rows: SqlValue[][] = [];
  private readonly columns: Map<string, string[]>;

  constructor(
    private readonly raw: RawDatabase,
    header: BackupHeader,
    private readonly progress: Progress,
  ) {
    this.columns = new Map(header.tables.map((t) => [t.name, t.columns]));
  }

  async add(table: string, values: SqlValue[]): Promise<void> {
    if (table !== this.table) {
      await this.flush();
      this.table = table;
      this.progress.stage(table, null);
    }
    this.rows.push(values);
    if (this.rows.length >= this.size()) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.table || this.rows.length === 0) return;
    const columns = this.columns.get(this.table)!;
    const one = `(${columns.map(() => "?").join(", ")})`;
    await this.raw.run(
      `insert into ${quote(this.table)} (${columns.map(quote).join(", ")}) values ${this.rows.map(() => one).join(", ")}`,
      this.rows.flat(),
    );
    this.progress.advance(this.rows.length);
    this.rows = [];
  }

  /** SQLite allows 32766 parameters per statement, PostgreSQL 65535. */
  private size(): number {
    const width = this.columns.get(this.table!)!.length;
    return Math.max(1, Math.min(500, Math.floor(30_000 / width)));
  }
}
