import type { Command } from "commander";

// Placeholder until the extract command is built.
export function registerExtract(program: Command): void {
  program.command("extract").description("(not yet built)").action(() => {
    throw new Error("extract is not built yet");
  });
}
