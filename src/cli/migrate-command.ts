import type { Command } from "commander";

// Placeholder until the migrate command is built.
export function registerMigrate(program: Command): void {
  program.command("migrate").description("(not yet built)").action(() => {
    throw new Error("migrate is not built yet");
  });
}
