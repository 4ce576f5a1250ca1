// The `tessera` command. Each subcommand lives in its own file and registers itself here.
import { Command } from "commander";
import { registerServe } from "./serve-command";
import { registerMigrate } from "./migrate-command";
import { registerDemo } from "./demo-command";
import { registerUser } from "./user-command";
import { registerKey } from "./key-command";
import { registerAuditCommand } from "./audit-command";
import { registerScore } from "./score-command";
import { registerExtract } from "./extract-command";
import { registerBackup } from "./backup-command";
import { registerRestore } from "./restore-command";
import { registerExport } from "./export-command";
import { registerImport } from "./import-command";
import { registerEraseClient } from "./erase-client-command";
import { registerReport } from "./report-command";

export function buildProgram(): Command {
  const program = new Command("tessera")
    .description("Tessera: process records for CranioSacral Therapy and SomatoEmotional Release")
    .showHelpAfterError();
  for (const register of [
    registerServe,
    registerMigrate,
    registerDemo,
    registerUser,
    registerKey,
    registerAuditCommand,
    registerScore,
    registerExtract,
    registerBackup,
    registerRestore,
    registerExport,
    registerImport,
    registerEraseClient,
    registerReport,
  ]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    // A clear one-line message for the user; never a stack trace with clinical text in it.
    console.error(`tessera: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = process.exitCode || 1;
  }
}
