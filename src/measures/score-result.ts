// The shape scoreResponse returns; routes, charts and exports read it rather than re-deriving scores.
import { z } from "zod";
import { Urgency } from "./definition-schema";

/** One raised flag with what raised it, how urgent it is and what to do. */
export const RaisedFlag = z.object({
  id: z.string(),
  urgency: Urgency,
  /** The item that raised it (null for a rule over all items or the total). */
  item: z.number().int().min(1).nullable(),
  /** That item's answer; null when it was left blank or the rule reads no single item. */
  answer: z.number().int().min(0).nullable(),
  meaning: z.string(),
  followUp: z.string(),
});
export type RaisedFlag = z.infer<typeof RaisedFlag>;

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
  /**
   * Cut-point id → total inside the published cut-off range (PCL-5 31–33); only cut-points that
   * have a range; null when there is no total.
   */
  cutPointRanges: z.record(z.string(), z.boolean().nullable()),
  /** The instrument's diagnostic counting rule (PCL-5 provisional DSM-5); null when none or incomplete. */
  diagnosticRule: z
    .object({
      id: z.string(),
      met: z.boolean(),
      /** Subscale id → number of items at or above the endorsement level. */
      endorsed: z.record(z.string(), z.number().int()),
    })
    .nullable(),
  /**
   * Ids of the flags raised (e.g. "phq9-item9"), in definition order: what the store keeps.
   * Flags on single answers are raised whatever the total and the other answers.
   */
  flags: z.array(z.string()),
  /** The same flags with their urgency and follow-up text. */
  raisedFlags: z.array(RaisedFlag),
  /** Per-item scores after reverse scoring; null for unanswered items. */
  itemScores: z.array(z.number().nullable()),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
