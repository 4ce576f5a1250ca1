// The derived files as they should be on disk (formatted as `prettier --check` wants them).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as prettier from "prettier";
import { ALL_ENDPOINTS, ENDPOINT_GROUPS } from "./all-endpoints";
import { CLIENT_FILE, DOCS_FILE, generateClient, generateTable, spliceTable } from "./api-files";

export async function renderApiFiles(root: string): Promise<Array<{ path: string; content: string }>> {
  const format = async (path: string, text: string) =>
    prettier.format(text, {
      ...(await prettier.resolveConfig(join(root, path))),
      filepath: join(root, path),
    });
  const doc = await readFile(join(root, DOCS_FILE), "utf8");
  return [
    { path: CLIENT_FILE, content: await format(CLIENT_FILE, generateClient(ALL_ENDPOINTS)) },
    { path: DOCS_FILE, content: await format(DOCS_FILE, spliceTable(doc, generateTable(ENDPOINT_GROUPS))) },
  ];
}
