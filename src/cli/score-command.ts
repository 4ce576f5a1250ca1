import type { Command } from "commander";

// Placeholder until the score command is built.
export function registerScore(program: Command): void {
  program.command("score").description("(not yet built)").action(() => {
    throw new Error("score is not built yet");
  });
}
