// Derives two files from the endpoint declarations: the web's typed client
// (web/src/api/endpoints.generated.ts) and the endpoint table of docs/api.md. A test fails when
// either is stale; `npm run generate:api` rewrites them.
import { ZodObject, ZodType } from "zod";
import * as domain from "../../domain";
import { listItemOf } from "../../domain";
import * as measures from "../../measures";
import type { AnyEndpoint } from "./endpoint";

export const CLIENT_FILE = "web/src/api/endpoints.generated.ts";
export const DOCS_FILE = "docs/api.md";
export const TABLE_START = "<!-- endpoints: generated from src/server/api by `npm run generate:api` -->";
export const TABLE_END = "<!-- endpoints: end -->";

interface Named {
  module: "domain" | "measures";
  name: string;
}

function schemaNames(): Map<ZodType, Named> {
  const names = new Map<ZodType, Named>();
  for (const [module, exports] of [
    ["domain", domain],
    ["measures", measures],
  ] as const) {
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof ZodType && !names.has(value)) names.set(value, { module, name });
    }
  }
  return names;
}

class SchemaTyper {
  private readonly names = schemaNames();

  /** A TypeScript type expression for the schema, or an error naming the endpoint. */
  type(schema: ZodType, io: "input" | "output", where: string): string {
    const named = this.names.get(schema);
    if (named) return `z.${io}<typeof ${named.module}.${named.name}>`;
    const item = listItemOf(schema);
    if (item) return `{ items: Array<${this.type(item, io, where)}> }`;
    throw new Error(`${where}: give this schema a name exported from src/domain or src/measures`);
  }

  /** The name shown in docs/api.md. */
  label(schema: ZodType): string {
    const named = this.names.get(schema);
    if (named) return named.name;
    const item = listItemOf(schema);
    if (item) return `{ items: ${this.label(item)}[] }`;
    return "(unnamed)";
  }
}

function pathParams(ep: AnyEndpoint): string[] {
  return [...ep.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

function checkParams(ep: AnyEndpoint): void {
  const declared = ep.params instanceof ZodObject ? Object.keys(ep.params.shape) : [];
  const inPath = pathParams(ep);
  if (declared.join() !== inPath.join())
    throw new Error(`${ep.name}: params schema (${declared}) must name the path's parameters (${inPath})`);
}

function urlExpression(ep: AnyEndpoint): string {
  return "`" + ep.path.replace(/:(\w+)/g, (_m, key: string) => "${enc(" + key + ")}") + "`";
}

/** The web client: one typed function per endpoint, path parameters first, then body, then query. */
export function generateClient(endpoints: readonly AnyEndpoint[]): string {
  const typer = new SchemaTyper();
  const lines: string[] = [];
  for (const ep of endpoints) {
    checkParams(ep);
    const args = pathParams(ep).map((p) => `${p}: string`);
    const url = urlExpression(ep);
    lines.push(`  /** ${ep.method} ${ep.path}: ${ep.summary}. */`);
    if ("file" in ep.response) {
      // Downloads are plain links: the browser sends the session cookie and saves the file.
      lines.push(`  ${ep.name}Href: (${args.join(", ")}) => ${url},`);
      continue;
    }
    if (ep.body) args.push(`body: ${typer.type(ep.body, "input", `${ep.name} body`)}`);
    if (ep.query) args.push(`query: ${typer.type(ep.query, "input", `${ep.name} query`)}`);
    args.push("signal?: AbortSignal");
    const result =
      "schema" in ep.response ? typer.type(ep.response.schema, "output", `${ep.name} response`) : "void";
    const target = ep.query ? `withQuery(${url}, query)` : url;
    lines.push(
      `  ${ep.name}: (${args.join(", ")}) =>`,
      `    apiRequest<${result}>("${ep.method}", ${target}, ${ep.body ? "body" : "undefined"}, signal),`,
    );
  }
  return [
    "// Generated from the endpoint declarations by `npm run generate:api`; do not edit.",
    'import type { z } from "zod";',
    'import type * as domain from "../../../src/domain";',
    'import type * as measures from "../../../src/measures";',
    'import { apiRequest, withQuery } from "./http";',
    "",
    "const enc = encodeURIComponent;",
    "",
    "export const api = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}

/** The endpoint table of docs/api.md, grouped by resource. */
export function generateTable(
  groups: ReadonlyArray<{ title: string; endpoints: readonly AnyEndpoint[] }>,
): string {
  const typer = new SchemaTyper();
  const out: string[] = [];
  for (const group of groups) {
    out.push(
      `### ${group.title}`,
      "",
      "| method | path | login | body | query | answer | what |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const ep of group.endpoints) {
      const answer =
        ep.response.status === 204
          ? "204"
          : "file" in ep.response
            ? `${ep.response.status} ${ep.response.file.split(";")[0]}`
            : `${ep.response.status} ${typer.label(ep.response.schema)}`;
      const cells = [
        ep.method,
        ep.path,
        ep.access === "public" ? "no" : "yes",
        ep.body ? typer.label(ep.body) : "",
        ep.query ? Object.keys((ep.query as ZodObject).shape).join(", ") : "",
        answer,
        ep.summary +
          (ep.rateLimit ? ` (at most ${ep.rateLimit.max} per ${ep.rateLimit.perMinutes} min)` : ""),
      ].map((c) => c.replaceAll("|", "\\|"));
      out.push(`| ${cells.join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** docs/api.md with its table replaced between the markers. */
export function spliceTable(doc: string, table: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${DOCS_FILE} lacks the table markers`);
  return `${doc.slice(0, start + TABLE_START.length)}\n\n${table}\n${doc.slice(end)}`;
}
