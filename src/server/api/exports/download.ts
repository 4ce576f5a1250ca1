// How an export leaves: a file name that says whose record, what and when (ASCII only, so every
// browser keeps it), as an attachment to save or inline to read and print.
import type { FastifyReply } from "fastify";

export function asDownload(
  reply: FastifyReply,
  file: { who: string; what: string; extension: string; inline?: boolean },
): void {
  const today = new Date().toISOString().slice(0, 10);
  const name = `tessera-${slug(file.who) || "record"}-${file.what}-${today}.${file.extension}`;
  reply.header("content-disposition", `${file.inline ? "inline" : "attachment"}; filename="${name}"`);
}

/** "Zofia Łukasiewicz" → "zofia-lukasiewicz": letters without their marks, the rest as dashes. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
