// The shape scoreResponse returns; routes, charts and exports read it rather than re-deriving scores.
import { z } from "zod";

export const ScoreResult = z.object({
  instrument: z.string(),
  version: z.string(),
  /** Every required item answered. */
  complete: z.boolean(),
  /** 1-based numbers of the items left unanswered (optional ones included). */
  missingItems: z.array(z.number().int().min(1)),
  /** The total was prorated from fewer answers, as the instrument's manual allows. */
  prorated: z.boolean(),
  /** Sum or mean before the multiplier (WHO-5 raw 0–25); null when no total can be given. */
  rawTotal: z.number().nullable(),
  /** The reported total (WHO-5: percentage 0–100); null when the response is incomplete. */
  total: z.number().nullable(),
  band: z.string().nullable(),
  /** Subscale id → sum of its items; null when any of its items is unanswered. */
  subscales: z.record(z.string(), z.number().nullable()),
  /** Cut-point id → met; null when there is no total. */
  cutPoints: z.record(z.string(), z.boolean().nullable()),
  /** The instrument's diagnostic counting rule (PCL-5 provisional DSM-5); null when none or incomplete. */
  diagnosticRule: z
    .object({
      id: z.string(),
      met: z.boolean(),
      /** Subscale id → number of items at or above the endorsement level. */
      endorsed: z.record(z.string(), z.number().int()),
    })
    .nullable(),
  /** Safety flags (e.g. "phq9-item9"), raised from single answers whatever the total. */
  flags: z.array(z.string()),
  /** Per-item scores after reverse scoring; null for unanswered items. */
  itemScores: z.array(z.number().nullable()),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
