import type { Command } from "commander";

// Placeholder until the serve command is built.
export function registerServe(program: Command): void {
  program.command("serve").description("(not yet built)").action(() => {
    throw new Error("serve is not built yet");
  });
}
