// Open data (issue 15): what the export, report and erasure endpoints take and answer.
import { z } from "zod";
import { Id } from "./common";

/**
 * The sections of the client progress report (src/interop/report), in the order it shows them.
 * Sensitive ones (SER content) are off unless chosen; `byDefault` ones are ticked until the
 * practitioner says otherwise (never a sensitive one).
 */
export const REPORT_SECTIONS = [
  { id: "sessions", title: "Sessions", sensitive: false, byDefault: true },
  { id: "scores", title: "Scores", sensitive: false, byDefault: true },
  { id: "body-map", title: "Body map", sensitive: false, byDefault: true },
  { id: "consents", title: "Consents", sensitive: false, byDefault: false },
  { id: "threads", title: "Threads", sensitive: true, byDefault: false },
  { id: "characters", title: "Characters and their messages", sensitive: true, byDefault: false },
  { id: "life", title: "Life timeline", sensitive: true, byDefault: false },
  { id: "narratives", title: "Session notes", sensitive: true, byDefault: false },
  { id: "reflections", title: "Reflections between sessions", sensitive: true, byDefault: false },
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]["id"];
export const DEFAULT_SECTIONS: ReportSectionId[] = REPORT_SECTIONS.filter((s) => s.byDefault).map(
  (s) => s.id,
);

/** Report sections as a comma-separated list of REPORT_SECTIONS ids; without it, DEFAULT_SECTIONS. */
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
