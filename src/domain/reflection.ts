import { z } from "zod";
import { Id, IsoDate, LongText, RecordMeta } from "./common";
import { Piece, PieceInput } from "./piece";

export const ReflectionInput = z.object({
  date: IsoDate,
  text: LongText.min(1, "write something first"),
  pieces: z.array(PieceInput).max(500).default([]),
  sharedWithPractitioner: z.boolean().default(false),
});
export type ReflectionInput = z.input<typeof ReflectionInput>;
export const Reflection = RecordMeta.extend(ReflectionInput.omit({ pieces: true }).shape).extend({
  clientId: Id,
  authorId: Id,
  pieces: z.array(Piece),
});
export type Reflection = z.infer<typeof Reflection>;
