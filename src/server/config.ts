// Server configuration from the environment, with safe defaults (documented in the README).
// Where the data lives is the store's own configuration (storeConfigFromEnv).
import { z } from "zod";
import { storeConfigFromEnv, type StoreConfig } from "../store/open-store";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default("127.0.0.1"),
  TESSERA_DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.*)?$/, "must be a postgres:// URL")
    .optional(),
  /** Set to "true" behind TLS so the session cookie is marked Secure. */
  TESSERA_SECURE_COOKIES: z.enum(["true", "false", ""]).default("false"),
  /** Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
  TESSERA_TRUST_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F.:/,\s]*$/, "must list proxy addresses or CIDR ranges, comma-separated")
    .default(""),
  /** Processes serving the same database (node:cluster); 1 keeps everything in this one. */
  TESSERA_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export interface ServerConfig extends StoreConfig {
  port: number;
  host: string;
  secureCookies: boolean;
  trustProxy: string[];
  workers: number;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]!;
    throw new Error(`configuration: ${problem.path.join(".")} ${problem.message}`);
  }
  return {
    ...storeConfigFromEnv(env),
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    secureCookies: parsed.data.TESSERA_SECURE_COOKIES === "true",
    trustProxy: parsed.data.TESSERA_TRUST_PROXY.split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    workers: parsed.data.TESSERA_WORKERS,
  };
}
