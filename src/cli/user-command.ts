import type { Command } from "commander";

// Placeholder until the user command is built.
export function registerUser(program: Command): void {
  program.command("user").description("(not yet built)").action(() => {
    throw new Error("user is not built yet");
  });
}
