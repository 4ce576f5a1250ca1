// Small shapes shared by several records.
import { z } from "zod";

export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** A calendar date, YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({ offset: true });

/** Columns every stored record carries. */
export const RecordMeta = z.object({
  id: Id,
  practiceId: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const ShortText = z.string().trim().max(500);
export const LongText = z.string().max(100_000);
