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

// The workspace (issue 11): a shared reflection stays unread for each practitioner until they open it.
export const UnreadReflection = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  date: IsoDate,
  /** The opening words, shortened. */
  excerpt: z.string(),
});
export type UnreadReflection = z.infer<typeof UnreadReflection>;

export const ReflectionsReadInput = z.object({ reflectionIds: z.array(Id).max(1000) });
export type ReflectionsReadInput = z.input<typeof ReflectionsReadInput>;
/** How many were new to the caller, and which (the page marks them "new"). */
export const ReflectionsMarked = z.object({ marked: z.number().int(), reflectionIds: z.array(Id) });
export type ReflectionsMarked = z.infer<typeof ReflectionsMarked>;
