import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { importBundle } from "../interop/fhir/import-fhir";
import { operatorCaller, withOperatorStore } from "../interop/operator";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(
      "import a FHIR R4 Bundle written by `tessera export --format fhir` into the practice (new ids, links kept)",
    )
    .argument("<file>", "the Bundle (JSON)")
    .option(
      "--as <email>",
      "the staff user the import is recorded under (default: the practice's administrator)",
    )
    .action(async (file: string, opts: { as?: string }) => {
      let bundle: unknown;
      try {
        bundle = JSON.parse(await readFile(file, "utf8"));
      } catch (err) {
        throw new Error(`cannot read ${file} as JSON: ${(err as Error).message}`, { cause: err });
      }
      await withOperatorStore(process.env, async (system, config) => {
        const caller = await operatorCaller(system, config, { as: opts.as });
        const summary = await importBundle(system, caller, bundle);
        console.log(`imported ${summary.clients} client(s) and ${summary.sessions} session(s)`);
        for (const email of summary.accountsAdded)
          console.log(`added staff account ${email} without a password (set one before they log in)`);
      });
    });
}
