// Encryption of a backup body: a key derived from the passphrase (the store's TESSERA_DB_KEY, or
// TESSERA_BACKUP_KEY) with Argon2id at OWASP's minimum, then AES-256-GCM over chunks of the
// plaintext with a fresh random nonce each. The associated data binds every chunk to this file's
// header, to its position, and marks the last one, so a reordered, spliced or truncated file fails.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { hashRaw } from "@node-rs/argon2";
import type { Encryption } from "./backup-format";
import { BackupRefused } from "./backup-format";

// Algorithm.Argon2id is a const enum, which isolated modules cannot read; its value is 2.
const ARGON2ID = 2;
const NONCE = 12;
const TAG = 16;
export const CHUNK_BYTES = 64 * 1024;

export function newEncryption(): Encryption {
  return {
    cipher: "aes-256-gcm",
    kdf: "argon2id",
    salt: randomBytes(16).toString("base64"),
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  };
}

export async function deriveKey(passphrase: string, enc: Encryption): Promise<Buffer> {
  return hashRaw(passphrase, {
    algorithm: ARGON2ID,
    memoryCost: enc.memoryCost,
    timeCost: enc.timeCost,
    parallelism: enc.parallelism,
    outputLen: 32,
    salt: Buffer.from(enc.salt, "base64"),
  });
}

function associatedData(headerLine: string, index: number, last: boolean): Buffer {
  const ad = Buffer.alloc(32 + 5);
  createHash("sha256").update(headerLine).digest().copy(ad, 0);
  ad.writeUInt32BE(index, 32);
  ad[36] = last ? 1 : 0;
  return ad;
}

/** One encrypted line: "C:" or, for the last chunk, "F:", then base64 of nonce | ciphertext | tag. */
export function encryptChunk(key: Buffer, headerLine: string, index: number, last: boolean, plain: Buffer) {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(associatedData(headerLine, index, last));
  const body = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `${last ? "F" : "C"}:${body.toString("base64")}`;
}

export function decryptChunk(
  key: Buffer,
  headerLine: string,
  index: number,
  line: string,
): { plain: Buffer; last: boolean } {
  const last = line.startsWith("F:");
  if (!last && !line.startsWith("C:")) throw new BackupRefused(`line ${index + 2} is not an encrypted chunk`);
  const body = Buffer.from(line.slice(2), "base64");
  if (body.length < NONCE + TAG) throw new BackupRefused(`chunk ${index + 1} is damaged`);
  const decipher = createDecipheriv("aes-256-gcm", key, body.subarray(0, NONCE));
  decipher.setAAD(associatedData(headerLine, index, last));
  decipher.setAuthTag(body.subarray(body.length - TAG));
  try {
    const plain = Buffer.concat([decipher.update(body.subarray(NONCE, body.length - TAG)), decipher.final()]);
    return { plain, last };
  } catch {
    throw new BackupRefused(`chunk ${index + 1} does not decrypt: wrong key, or the file is damaged`);
  }
}
