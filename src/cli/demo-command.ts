import type { Command } from "commander";

// Placeholder until the demo command is built.
export function registerDemo(program: Command): void {
  program.command("demo").description("(not yet built)").action(() => {
    throw new Error("demo is not built yet");
  });
}
