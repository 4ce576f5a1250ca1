// `tessera extract`: plain text on stdin -> {"pieces": [...]} on stdout;
// `tessera extract --jsonl`: lines {"id","text"} -> one line {"id","pieces"} each, in order.
import type { Command } from "commander";
import { createInterface } from "node:readline";
import { extractPieces } from "../analysis";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "Suggest the pieces of a narrative: text on stdin, JSON on stdout (--jsonl: one {id,text} per line)",
    )
    .option("--jsonl", 'read lines {"id", "text"} and write one line {"id", "pieces"} per input line')
    .action(async (opts: { jsonl?: boolean }) => {
      if (opts.jsonl) await extractJsonl();
      else await extractPlain();
    });
}

async function extractPlain(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  await write(JSON.stringify({ pieces: extractPieces(text) }) + "\n");
}

async function extractJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    const { id, text } = parseLine(line, n);
    await write(JSON.stringify({ id, pieces: extractPieces(text) }) + "\n");
  }
}

/** Validates one input line; the error names the line but never echoes its (clinical) text. */
export function parseLine(line: string, n: number): { id: string | number; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`line ${n}: not valid JSON (expected {"id": "...", "text": "..."})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`line ${n}: expected an object {"id": "...", "text": "..."}`);
  }
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== "string" && typeof id !== "number") throw new Error(`line ${n}: "id" must be a string`);
  if (typeof text !== "string") throw new Error(`line ${n}: "text" must be a string`);
  // The id is echoed exactly as given so callers can match lines back.
  return { id, text };
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
