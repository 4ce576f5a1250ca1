// Per-practice settings the portal needs: the crisis text a client is shown at once when their
// answers raise a safety flag (PHQ-9 item 9 above 0).
import { z } from "zod";
import { Id, IsoDateTime } from "./common";

export const DEFAULT_CRISIS_TEXT =
  "If you are thinking about harming yourself or feel unsafe right now, please contact emergency services (112 or 999, 911 in North America) or a crisis line straight away. You are not alone. Please also tell your practitioner: they will see your answer and get in touch.";

export const PracticeSettingsInput = z.object({
  /** Null or empty: the default text. */
  crisisText: z.string().trim().max(5_000).nullable().default(null),
});
export type PracticeSettingsInput = z.input<typeof PracticeSettingsInput>;

export const PracticeSettings = z.object({
  practiceId: Id,
  practiceName: z.string(),
  /** What the client is shown: the practice's own text or the default. */
  crisisText: z.string(),
  customCrisisText: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});
export type PracticeSettings = z.infer<typeof PracticeSettings>;

export const CrisisText = z.object({ text: z.string() });
export type CrisisText = z.infer<typeof CrisisText>;
