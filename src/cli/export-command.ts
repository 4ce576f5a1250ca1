import type { Command } from "commander";
import { z } from "zod";
import { writeFileAtomically } from "../interop/atomic-file";
import { loadClientRecord, loadPracticeRecords } from "../interop/client-record";
import { piecesToCsv } from "../interop/csv/pieces-csv";
import { exportClientBundle, exportPracticeBundle } from "../interop/fhir/export-fhir";
import { operatorCaller, withOperatorStore } from "../interop/operator";
import { exportTesseraJson } from "../interop/tessera-json";

const ExportArgs = z.object({
  format: z.enum(["fhir", "json", "csv"]),
  client: z.string().min(1).nullable(),
  out: z.string().min(1, "say where to write with --out FILE"),
});

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(
      "export the practice, or one client with --client, as FHIR R4 (a Bundle), Tessera JSON, or a CSV of pieces",
    )
    .requiredOption("--format <format>", "fhir, json or csv")
    .option("--client <id>", "only this client (default: every client of the practice)")
    .requiredOption("--out <file>", "the file to write")
    .option(
      "--include-sensitive",
      "FHIR only: include the SER notes (narratives, pieces, characters, threads, life events, reflections)",
    )
    .option(
      "--as <email>",
      "the staff user the export is recorded under (default: the practice's administrator)",
    )
    .action(
      async (opts: {
        format: string;
        client?: string;
        out: string;
        includeSensitive?: boolean;
        as?: string;
      }) => {
        const parsed = ExportArgs.safeParse({
          format: opts.format,
          client: opts.client ?? null,
          out: opts.out,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`${issue.path.join(".")}: ${issue.message}`);
        }
        const { format, client, out } = parsed.data;
        await withOperatorStore(process.env, async (system, config) => {
          const caller = await operatorCaller(system, config, { as: opts.as });
          let text: string;
          if (format === "fhir") {
            const options = { includeSensitive: opts.includeSensitive === true };
            const bundle = client
              ? await exportClientBundle(system, caller, client, options)
              : await exportPracticeBundle(system, caller, options);
            text = `${JSON.stringify(bundle, null, 2)}\n`;
          } else if (format === "json") {
            text = `${JSON.stringify(await exportTesseraJson(system, caller, client), null, 2)}\n`;
          } else {
            const scoped = system.scoped(caller);
            text = piecesToCsv(
              client ? [await loadClientRecord(scoped, client)] : await loadPracticeRecords(scoped),
            );
          }
          await writeFileAtomically(out, (write) => write(text));
          console.log(`exported ${client ? "client" : "practice"} as ${format} to ${out}`);
        });
      },
    );
}
