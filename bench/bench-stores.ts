// Where a generated practice lives, so the generator and the benchmarks open the same one:
// SQLite in <TESSERA_BENCH_DIR>/sqlite-<scale>-<seed>/, PostgreSQL in the schema
// bench_<scale>_<seed> of the test database (never another schema), each with a manifest of
// what was generated (ids, logins) beside it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { StoreConfig } from "../src/store/open-store";
import { postgresUrlWithDefaultUser } from "../src/store/postgres/open-postgres";

export type StoreName = "sqlite" | "postgres";
export const BENCH_DIR = process.env.TESSERA_BENCH_DIR || join(tmpdir(), "tessera-bench");
export const POSTGRES_URL = process.env.TESSERA_TEST_DATABASE_URL || "postgres://127.0.0.1:5432/test";
/** Every generated login has this password (the bench logs in over HTTP). */
export const BENCH_PASSWORD = "bench-practice-password";

export interface Manifest {
  store: StoreName;
  scale: string;
  seed: number;
  generatedAt: string;
  loadSeconds: number;
  clinic: { practiceId: string; practitioners: Array<{ id: string; email: string }>; clients: number };
  /** Clients with exactly 30, 300 and 3,000 sessions, keyed by that number. */
  longClients: Record<string, { id: string; practitionerId: string }>;
  solo: { practiceId: string; practitioner: { id: string; email: string }; clients: number };
  counts: { sessions: number; pieces: number; reflections: number; measures: number };
}

export function targetName(store: StoreName, scale: string, seed: number): string {
  return `${store}-${scale}-${seed}`.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}

/** The key of an encrypted bench file (see benchStoreConfig), or undefined. */
function benchDbKey(): string | undefined {
  return process.env.TESSERA_BENCH_DB_KEY || undefined;
}

export function benchStoreConfig(store: StoreName, scale: string, seed: number): StoreConfig {
  const name = targetName(store, scale, seed);
  // TESSERA_BENCH_DB_KEY: the generated file is encrypted (as `tessera serve` keeps it), to
  // measure what encryption at rest costs against an unencrypted copy under another seed.
  if (store === "sqlite") return { dataDir: join(BENCH_DIR, name), dbKey: benchDbKey() };
  const url = new URL(POSTGRES_URL);
  url.searchParams.set("options", `-c search_path=bench_${name}`);
  return { dataDir: join(BENCH_DIR, "unused"), databaseUrl: url.toString() };
}

/** A fresh empty database for the generator: the folder or schema is dropped first. */
export async function resetBenchStore(store: StoreName, scale: string, seed: number): Promise<void> {
  const name = targetName(store, scale, seed);
  if (store === "sqlite") {
    const { rmSync } = await import("node:fs");
    rmSync(join(BENCH_DIR, name), { recursive: true, force: true });
    return;
  }
  await withPostgres(async (c) => {
    await c.query(`drop schema if exists bench_${name} cascade`);
    await c.query(`create schema bench_${name}`);
  });
}

export async function withPostgres<T>(fn: (client: pg.Client) => Promise<T>, url = POSTGRES_URL): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrlWithDefaultUser(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function manifestPath(store: StoreName, scale: string, seed: number): string {
  return join(BENCH_DIR, `manifest-${targetName(store, scale, seed)}.json`);
}

export function writeManifest(manifest: Manifest): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(
    manifestPath(manifest.store, manifest.scale, manifest.seed),
    JSON.stringify(manifest, null, 2),
  );
}

export function readManifest(store: StoreName, scale: string, seed: number): Manifest | null {
  const path = manifestPath(store, scale, seed);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Manifest) : null;
}
