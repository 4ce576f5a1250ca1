// `npm run generate:api`: rewrites the web client and the docs table from the declarations.
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { renderApiFiles } from "./render-api-files";

const root = resolve(import.meta.dirname, "../../..");
for (const file of await renderApiFiles(root)) {
  await writeFile(join(root, file.path), file.content);
  console.log(`wrote ${file.path}`);
}
