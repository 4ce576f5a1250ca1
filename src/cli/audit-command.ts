// `tessera audit verify`: recomputes the audit trail's hash chain and reports the first link that
// does not hold (a record changed, removed or inserted after it was written).
import type { Command } from "commander";
import { openStore, storeConfigFromEnv } from "../store/open-store";

export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("the audit trail");
  audit
    .command("verify")
    .description("check that no audit record was changed, removed or inserted after it was written")
    .action(async () => {
      const store = await openStore(storeConfigFromEnv(process.env));
      try {
        await store.migrate();
        const report = await store.verifyAuditChain();
        if (report.firstBroken) {
          const { seq, id, why } = report.firstBroken;
          console.log(`broken at record ${seq} (${id}): ${why}; the ${report.checked} before it hold`);
          process.exitCode = 2;
          return;
        }
        console.log(`the audit trail holds: ${report.checked} records chained`);
      } finally {
        await store.close();
      }
    });
}
