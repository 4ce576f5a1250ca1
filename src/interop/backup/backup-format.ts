// The portable backup file, version 1: JSON lines, the same whichever store wrote it.
//
//   line 1    header (plain JSON): format, version, source dialect, migrations, tables and their
//             columns, and the encryption parameters when the body is encrypted
//   body      one line per row: ["table", [values in the header's column order]]
//   last      trailer: {"end": true, "rows": {table: count}, "sha256": hex of every byte before it}
//
// Encrypted files keep the header in the clear (it holds no clinical data) and write everything
// after it as AES-256-GCM chunks, one per line (see backup-crypto.ts). A file without its
// trailer, with a wrong count or a wrong checksum is refused whole.
import { z } from "zod";

export const BACKUP_FORMAT = "tessera-backup";
export const BACKUP_VERSION = 1;

export const Encryption = z.object({
  cipher: z.literal("aes-256-gcm"),
  kdf: z.literal("argon2id"),
  salt: z.string().min(16),
  memoryCost: z.number().int().min(8),
  timeCost: z.number().int().min(1),
  parallelism: z.number().int().min(1),
});
export type Encryption = z.infer<typeof Encryption>;

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  source: z.enum(["sqlite", "postgres"]),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()).min(1) })),
  encryption: Encryption.nullable(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupTrailer = z.object({
  end: z.literal(true),
  rows: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTrailer = z.infer<typeof BackupTrailer>;

const Value = z.union([z.string(), z.number(), z.null()]);
export const BackupRowLine = z.tuple([z.string(), z.array(Value)]);

/** Why a backup file was refused; nothing has been written when this is thrown. */
export class BackupRefused extends Error {
  constructor(reason: string) {
    super(`the backup file is refused: ${reason}`);
    this.name = "BackupRefused";
  }
}
