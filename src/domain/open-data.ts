// Open data (issue 15): what the export, report and erasure endpoints take and answer.
import { z } from "zod";
import { Id } from "./common";

/** Report sections as a comma-separated list of ids (src/interop/report REPORT_SECTIONS); default: the non-sensitive ones. */
export const ReportQuery = z.object({
  sections: z
    .string()
    .trim()
    .max(500)
    .regex(/^[a-z-]*(,[a-z-]+)*$/, "a comma-separated list of section ids")
    .optional(),
});
export type ReportQuery = z.input<typeof ReportQuery>;

/** FHIR export: the SER notes (narratives, pieces, characters, threads, life events, reflections) only when asked for. */
export const FhirExportQuery = z.object({ sensitive: z.enum(["true", "false"]).default("false") });
export type FhirExportQuery = z.input<typeof FhirExportQuery>;

/** An administrator erases a client by typing the client's full name. */
export const ErasureRequest = z.object({ confirmation: z.string().max(500) });
export type ErasureRequest = z.infer<typeof ErasureRequest>;

export const ErasureResult = z.object({
  clientId: Id,
  /** Rows deleted from the live database, all tables together. */
  recordsDeleted: z.number().int().min(0),
});
export type ErasureResult = z.infer<typeof ErasureResult>;
