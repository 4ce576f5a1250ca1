import { z } from "zod";
import { Id, IsoDate, RecordMeta } from "./common";

/** Answers in item order; null for an item left unanswered. Scoring lives in src/measures. */
export const MeasureResponseInput = z.object({
  instrument: z.string().trim().min(1).max(40),
  date: IsoDate,
  answers: z.array(z.number().int().min(0).max(10).nullable()).min(1).max(50),
  /** For patient-generated measures: the names the client gave to symptoms and activity. */
  labels: z.array(z.string().trim().max(120)).max(10).default([]),
});
export type MeasureResponseInput = z.input<typeof MeasureResponseInput>;
export const MeasureResponse = RecordMeta.extend(MeasureResponseInput.shape).extend({
  clientId: Id,
  instrumentVersion: z.string(),
  enteredBy: Id,
});
export type MeasureResponse = z.infer<typeof MeasureResponse>;
