// Server configuration from the environment, with safe defaults (documented in the README).
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default("127.0.0.1"),
  TESSERA_DATA: z.string().min(1).default("./data"),
  TESSERA_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TESSERA_DB_KEY: z.string().optional(),
  /** Set to "true" behind TLS so the session cookie is marked Secure. */
  TESSERA_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  dbKey?: string;
  secureCookies: boolean;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]!;
    throw new Error(`configuration: ${problem.path.join(".")} ${problem.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.TESSERA_DATA,
    databaseUrl: e.TESSERA_DATABASE_URL,
    dbKey: e.TESSERA_DB_KEY || undefined,
    secureCookies: e.TESSERA_SECURE_COOKIES === "true",
  };
}
