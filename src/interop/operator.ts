// What the operator commands (export, import, report, erase-client) act as: a staff user of the
// practice who sees the whole practice (not only their care team), so every read and write goes
// through a scoped store and is audited under a real user. With one practice its first active administrator is chosen; --as EMAIL picks another.
import { openStore, storeConfigFromEnv, type StoreConfig } from "../store/open-store";
import type { Caller, SystemStore } from "../store/store";
import { openRawDatabase } from "./raw/raw-database";

export async function operatorCaller(
  system: SystemStore,
  config: StoreConfig,
  options: { as?: string },
): Promise<Caller> {
  if (options.as) {
    const user = await system.findUserForLogin(options.as);
    if (!user || user.disabled) throw new Error(`no active user ${options.as}`);
    if (user.role === "client") throw new Error(`${options.as} is a client login, not staff`);
    return {
      userId: user.id,
      practiceId: user.practiceId,
      role: user.role,
      clientId: null,
      wholePractice: true,
    };
  }
  const practices = await system.listPractices();
  if (practices.length === 0) throw new Error("no practice yet: start Tessera and set it up first");
  if (practices.length > 1) throw new Error("several practices: say which user acts with --as EMAIL");
  const practiceId = practices[0]!.id;
  // The Store interface lists no users; this one read is all the operator commands need.
  const raw = await openRawDatabase(config);
  try {
    const [admin] = await raw.all<{ id: string }>(
      "select id from users where practice_id = ? and role = 'admin' and disabled = 0 order by created_at, id limit 1",
      [practiceId],
    );
    if (!admin) throw new Error("the practice has no active administrator: say who acts with --as EMAIL");
    return { userId: admin.id, practiceId, role: "admin", clientId: null, wholePractice: true };
  } finally {
    await raw.close();
  }
}

/** The passphrase of backups: TESSERA_BACKUP_KEY, else the store's own TESSERA_DB_KEY. */
export function backupPassphrase(env: Record<string, string | undefined>): string | null {
  return env.TESSERA_BACKUP_KEY || env.TESSERA_DB_KEY || null;
}

/** Opens the configured store (TESSERA_DATA / TESSERA_DATABASE_URL / TESSERA_DB_KEY), migrated, for one command. */
export async function withOperatorStore<T>(
  env: Record<string, string | undefined>,
  fn: (system: SystemStore, config: StoreConfig) => Promise<T>,
): Promise<T> {
  const config = storeConfigFromEnv(env);
  const system = await openStore(config);
  try {
    await system.migrate();
    return await fn(system, config);
  } finally {
    await system.close();
  }
}
