// The open-data commands as a user runs them: backup, restore, export, import, erase-client and
// report, against TESSERA_DATA (SQLite) and TESSERA_DATABASE_URL (PostgreSQL).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store";
import { makePractice } from "../store/fixtures";
import { storeTargets, type DisposableConfig } from "../support/databases";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "../interop/practice-fixture";
import { backupRows } from "../interop/support/backup-rows";
import { runCli } from "./run-cli";

const [sqlite, postgres] = storeTargets() as [
  ReturnType<typeof storeTargets>[0],
  ReturnType<typeof storeTargets>[0],
];
const disposables: DisposableConfig[] = [];
let folder: string;
let sourceDir: string;
let practice: RichPractice;

const envOf = (c: { dataDir: string; databaseUrl?: string }) => ({
  TESSERA_DATA: c.dataDir,
  TESSERA_DATABASE_URL: c.databaseUrl ?? "",
  TESSERA_DB_KEY: "",
  TESSERA_BACKUP_KEY: "",
});
async function fresh(target: typeof sqlite) {
  const d = await target.openConfig();
  disposables.push(d);
  return d.config;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tessera-cli-interop-"));
  const config = await fresh(sqlite);
  sourceDir = config.dataDir;
  const store = await openStore(config);
  await store.migrate();
  practice = await makeRichPractice(store);
  await store.close();
});
afterAll(async () => {
  for (const d of disposables) await d.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe("open-data commands", () => {
  it.each(["backup", "restore", "export", "import", "erase-client", "report"])(
    "%s --help says how to use it",
    (name) => {
      const r = runCli([name, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: tessera ${name}`);
    },
  );

  it.skipIf(postgres.skip !== null)(
    "backup and restore move a practice from SQLite to PostgreSQL and back",
    async () => {
      const first = join(folder, "first.backup");
      const backup = runCli(["backup", first], { env: envOf({ dataDir: sourceDir }) });
      expect(backup.stdout.trim()).toBe(
        `backup written to ${first}: 1 practice(s), 2 client(s), 4 session(s), NOT encrypted`,
      );
      const pg = await fresh(postgres);
      const restore = runCli(["restore", first], { env: envOf(pg) });
      expect(restore.status).toBe(0);
      expect(restore.stdout).toContain(
        "restored 1 practice(s), 2 client(s), 4 session(s) from a SQLite backup into PostgreSQL",
      );
      const second = join(folder, "second.backup");
      expect(runCli(["backup", second], { env: envOf(pg) }).status).toBe(0);
      const back = await fresh(sqlite);
      const again = runCli(["restore", second], { env: envOf(back) });
      expect(again.stdout).toContain("from a PostgreSQL backup into SQLite");
      const third = join(folder, "third.backup");
      expect(runCli(["backup", third], { env: envOf(back) }).status).toBe(0);
      expect(await backupRows(third)).toEqual(await backupRows(first));
    },
  );

  it("encrypts with TESSERA_BACKUP_KEY and refuses a damaged file without writing", async () => {
    const file = join(folder, "keyed.backup");
    const env = { ...envOf({ dataDir: sourceDir }), TESSERA_BACKUP_KEY: "a long backup passphrase" };
    expect(runCli(["backup", file], { env }).stdout).toContain(", encrypted");
    expect(readFileSync(file, "utf8")).not.toContain(UNIQUE_WORD);

    const bytes = readFileSync(file);
    writeFileSync(join(folder, "cut.backup"), bytes.subarray(0, bytes.length - 40));
    const target = await fresh(sqlite);
    const refused = runCli(["restore", join(folder, "cut.backup")], {
      env: { ...envOf(target), TESSERA_BACKUP_KEY: "a long backup passphrase" },
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^tessera: the backup file is refused: /);
    expect(existsSync(join(target.dataDir, "tessera.db"))).toBe(false);
    const ok = runCli(["restore", file], {
      env: { ...envOf(target), TESSERA_BACKUP_KEY: "a long backup passphrase" },
    });
    expect(ok.status).toBe(0);
  });

  it("exports FHIR, JSON and a pieces CSV, and imports the FHIR Bundle into another practice", async () => {
    const env = envOf({ dataDir: sourceDir });
    const fhir = join(folder, "practice.fhir.json");
    const r = runCli(["export", "--format", "fhir", "--include-sensitive", "--out", fhir], { env });
    expect(r.stdout.trim()).toBe(`exported practice as fhir to ${fhir}`);
    expect(JSON.parse(readFileSync(fhir, "utf8")).resourceType).toBe("Bundle");

    const json = join(folder, "mara.json");
    runCli(["export", "--format", "json", "--client", practice.maraId, "--out", json], { env });
    expect(JSON.parse(readFileSync(json, "utf8")).clients[0].client.name).toBe("Mara Lind");

    const csv = join(folder, "pieces.csv");
    runCli(["export", "--format", "csv", "--out", csv], { env });
    expect(readFileSync(csv, "utf8").split("\r\n")[0]).toMatch(/^client_id,client_name,source,/);

    expect(runCli(["export", "--format", "xml", "--out", csv], { env }).stderr).toContain(
      "format: must be one of: fhir, json, csv",
    );

    const target = await fresh(sqlite);
    const store = await openStore(target);
    await store.migrate();
    await makePractice(store, "New Room");
    await store.close();
    const imported = runCli(["import", fhir], { env: envOf(target) });
    expect(imported.stdout).toContain("imported 2 client(s) and 4 session(s)");
  });

  it("erase-client asks for --yes, then erases the client", async () => {
    const config = await fresh(sqlite);
    const store = await openStore(config);
    await store.migrate();
    const p = await makeRichPractice(store);
    await store.close();
    const env = envOf(config);
    const ask = runCli(["erase-client", p.maraId], { env });
    expect(ask.status).toBe(1);
    expect(ask.stderr).toContain("this erases Mara Lind");
    const done = runCli(["erase-client", p.maraId, "--yes"], { env });
    expect(done.stdout).toMatch(
      new RegExp(`^erased client ${p.maraId}: \\d+ record\\(s\\) deleted, database compacted`),
    );
    expect(readFileSync(join(config.dataDir, "tessera.db")).includes(UNIQUE_WORD)).toBe(false);
  });

  it("report writes a PDF or a printable page with the chosen sections", () => {
    const env = envOf({ dataDir: sourceDir });
    const pdf = join(folder, "mara.pdf");
    const r = runCli(["report", "--client", practice.maraId, "--out", pdf], { env });
    expect(r.stdout.trim()).toBe(`report written to ${pdf} (pdf, sections: sessions, scores, body-map)`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const html = join(folder, "mara.html");
    runCli(["report", "--client", practice.maraId, "--out", html, "--sections", "scores,characters"], {
      env,
    });
    expect(readFileSync(html, "utf8")).toContain("Characters and their messages");
    const bad = runCli(["report", "--client", practice.maraId, "--out", pdf, "--sections", "dreams"], {
      env,
    });
    expect(bad.stderr).toContain("--sections: unknown section(s) dreams");
  });
});
