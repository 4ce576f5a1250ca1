import { z } from "zod";
import { Id, IsoDate, LongText, RecordMeta, ShortText } from "./common";
import { CharacterAspect } from "./vocabulary";
import { updateBody, Version } from "./record-version";

export const CharacterInput = z.object({
  label: z.string().trim().toLowerCase().min(1, "the character needs a label").max(80),
  aspect: CharacterAspect.default("other"),
  description: LongText.default(""),
});
export type CharacterInput = z.input<typeof CharacterInput>;

export const CharacterUpdate = updateBody(CharacterInput);
export type CharacterUpdate = z.input<typeof CharacterUpdate>;
export const Character = RecordMeta.extend(CharacterInput.shape).extend({ clientId: Id, version: Version });
export type Character = z.infer<typeof Character>;

/** A character with its appearances derived from the pieces that name it. */
export const CharacterWithAppearances = Character.extend({
  firstAppearance: IsoDate.nullable(),
  lastAppearance: IsoDate.nullable(),
  appearances: z.number().int(),
});
export type CharacterWithAppearances = z.infer<typeof CharacterWithAppearances>;

export const THREAD_STATUSES = ["open", "understood", "resolved"] as const;
export const ThreadInput = z.object({
  name: ShortText.min(1, "the thread needs a name"),
  description: LongText.default(""),
  status: z.enum(THREAD_STATUSES).default("open"),
});
export type ThreadInput = z.input<typeof ThreadInput>;
export const ThreadUpdate = updateBody(ThreadInput);
export type ThreadUpdate = z.input<typeof ThreadUpdate>;
export const Thread = RecordMeta.extend(ThreadInput.shape).extend({
  clientId: Id,
  version: Version,
  pieceIds: z.array(Id),
});
export type Thread = z.infer<typeof Thread>;
