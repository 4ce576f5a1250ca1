import type { Command } from "commander";
import { writeFileAtomically } from "../interop/atomic-file";
import { operatorCaller, withOperatorStore } from "../interop/operator";
import { clientReport } from "../interop/report/client-report";
import { DEFAULT_SECTIONS, REPORT_SECTIONS, type ReportSectionId } from "../interop/report/report-model";

export function registerReport(program: Command): void {
  const sections = REPORT_SECTIONS.map((s) => `${s.id}${s.sensitive ? " (sensitive)" : ""}`).join(", ");
  program
    .command("report")
    .description(
      "write a client's progress report as a PDF (or a printable HTML page when FILE ends in .html)",
    )
    .requiredOption("--client <id>", "the client's id")
    .requiredOption("--out <file>", "FILE.pdf or FILE.html")
    .option(
      "--sections <list>",
      `comma-separated, from: ${sections} (default: ${DEFAULT_SECTIONS.join(",")}; sensitive ones only when named)`,
    )
    .option(
      "--as <email>",
      "the staff user the report is recorded under (default: the practice's administrator)",
    )
    .action(async (opts: { client: string; out: string; sections?: string; as?: string }) => {
      const known = new Set<string>(REPORT_SECTIONS.map((s) => s.id));
      const chosen = opts.sections ? opts.sections.split(",").map((s) => s.trim()) : [...DEFAULT_SECTIONS];
      const unknown = chosen.filter((s) => !known.has(s));
      if (unknown.length)
        throw new Error(
          `--sections: unknown section(s) ${unknown.join(", ")}; known: ${[...known].join(", ")}`,
        );
      const format = opts.out.toLowerCase().endsWith(".html") ? "html" : "pdf";
      await withOperatorStore(process.env, async (system, config) => {
        const caller = await operatorCaller(system, config, { as: opts.as });
        const bytes = await clientReport(system, caller, opts.client, {
          format,
          sections: chosen as ReportSectionId[],
        });
        await writeFileAtomically(opts.out, (write) => write(bytes));
        console.log(`report written to ${opts.out} (${format}, sections: ${chosen.join(", ")})`);
      });
    });
}
