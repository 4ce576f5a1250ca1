import { z } from "zod";
import { Id, IsoDate, IsoDateTime, LongText, RecordMeta } from "./common";
import { Version } from "./record-version";

export const CONSENT_PURPOSES = ["treatment", "record-keeping", "portal-sharing", "research"] as const;
export const ConsentInput = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  date: IsoDate,
  notes: LongText.default(""),
});
export type ConsentInput = z.input<typeof ConsentInput>;
export const Consent = RecordMeta.extend(ConsentInput.shape).extend({
  clientId: Id,
  version: Version,
  withdrawnAt: IsoDateTime.nullable(),
});
export type Consent = z.infer<typeof Consent>;
