// Opens the store, migrates it and starts listening. Used by `tessera serve`, `tessera demo` and tests.
import { openStore } from "../store/open-store";
import type { SystemStore } from "../store/store";
import { buildApp } from "./app";

export interface StartOptions {
  dataDir: string;
  databaseUrl?: string;
  dbKey?: string;
  port: number;
  host: string;
  secureCookies?: boolean;
  /** No request or error logs at all (tests). */
  quiet?: boolean;
  /** Where the JSON log lines go; stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** See AppOptions.trustProxy (TESSERA_TRUST_PROXY). */
  trustProxy?: readonly string[];
  allowedOrigins?: readonly string[];
  /** Runs after migration and before listening (demo seeding). */
  beforeListen?: (store: SystemStore) => Promise<void>;
}

export async function startTessera(
  options: StartOptions,
): Promise<{ url: string; store: SystemStore; close(): Promise<void> }> {
  const store = await openStore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    dbKey: options.dbKey,
    backgroundCheckpoints: true,
  });
  try {
    await store.migrate();
    await options.beforeListen?.(store);
    const app = await buildApp({
      system: store,
      secureCookies: options.secureCookies,
      logger: options.quiet ? false : options.logStream ? { stream: options.logStream } : true,
      trustProxy: options.trustProxy,
      allowedOrigins: options.allowedOrigins,
      storeConfig: { dataDir: options.dataDir, databaseUrl: options.databaseUrl, dbKey: options.dbKey },
    });
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    return {
      url: `http://${options.host}:${port}`,
      store,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
