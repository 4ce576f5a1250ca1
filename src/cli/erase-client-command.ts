import type { Command } from "commander";
import { eraseClient } from "../interop/erasure/erase-client";
import { operatorCaller, withOperatorStore } from "../interop/operator";

export function registerEraseClient(program: Command): void {
  program
    .command("erase-client")
    .description(
      "erase a client for good (GDPR Art. 17): every clinical record and their portal login, from the live " +
        "database and its free pages; an audit record keeps only that an erasure happened. Backups made before " +
        "still hold the client until they are rotated out.",
    )
    .argument("<id>", "the client's id")
    .option("--yes", "confirm the erasure (without it nothing is changed)")
    .option(
      "--as <email>",
      "the staff user the erasure is recorded under (default: the practice's administrator)",
    )
    .action(async (id: string, opts: { yes?: boolean; as?: string }) => {
      await withOperatorStore(process.env, async (system, config) => {
        const caller = await operatorCaller(system, config, { as: opts.as });
        const client = await system.scoped(caller).getClient(id);
        if (!opts.yes) {
          console.error(
            `tessera: this erases ${client.name} (${id}) and cannot be undone; run again with --yes`,
          );
          process.exitCode = 1;
          return;
        }
        const summary = await eraseClient(config, id, { userId: caller.userId });
        const total = Object.values(summary.deleted).reduce((a, b) => a + b, 0);
        console.log(`erased client ${id}: ${total} record(s) deleted, database compacted`);
      });
    });
}
