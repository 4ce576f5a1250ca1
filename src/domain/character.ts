import { z } from "zod";
import { Id, IsoDate, LongText, RecordMeta, ShortText } from "./common";
import { CharacterAspect } from "./vocabulary";
import { updateBody, Version } from "./record-version";
import { THREAD_STATUSES } from "./vocabulary";

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

export const ThreadInput = z.object({
  name: ShortText.min(1, "the thread needs a name"),
  description: LongText.default(""),
  status: z.enum(THREAD_STATUSES).default("open"),
});
export type ThreadInput = z.input<typeof ThreadInput>;
/** A note beside a change of status (issue 11): a line, not a session note. */
export const STATUS_NOTE_MAX = 280;
export const ThreadUpdate = updateBody(ThreadInput).extend({
  // A change of status is kept in the thread's history (thread-status.ts), applying from this
  // session or this date (without either: the client's latest session so far), with the note.
  statusSessionId: Id.optional(),
  statusDate: IsoDate.optional(),
  statusNote: z.string().trim().max(STATUS_NOTE_MAX, `at most ${STATUS_NOTE_MAX} characters`).optional(),
});
export type ThreadUpdate = z.input<typeof ThreadUpdate>;
export const Thread = RecordMeta.extend(ThreadInput.shape).extend({
  clientId: Id,
  version: Version,
  pieceIds: z.array(Id),
});
export type Thread = z.infer<typeof Thread>;
/**
 * A thread as a client's list of threads gives it: its own fields without the ids of its pieces,
 * which a long process holds thousands of (a piece carries its threads' ids; the threads view
 * pages a thread's pieces).
 */
export const ThreadSummary = Thread.omit({ pieceIds: true });
export type ThreadSummary = z.infer<typeof ThreadSummary>;

// The workspace (issue 11): threads made from pieces picked in the mosaic, and two characters
// that turned out to be one. Both change only links (piece_threads, pieces.character_id): a
// thread or a character is the practitioner's interpretation, not the signed note's text.
export const PieceIdList = z
  .array(Id)
  .min(1, "choose at least one piece")
  .max(500)
  .transform((ids) => [...new Set(ids)]);

export const ThreadFromPiecesInput = ThreadInput.extend({ pieceIds: PieceIdList });
export type ThreadFromPiecesInput = z.input<typeof ThreadFromPiecesInput>;

export const ThreadPiecesInput = z.object({ pieceIds: PieceIdList });
export type ThreadPiecesInput = z.input<typeof ThreadPiecesInput>;

export const CharacterMergeInput = z.object({
  /** The character that goes: its pieces move to the one kept (the path's), then it is removed. */
  mergedId: Id,
  /** The versions of the two characters the practitioner saw (409 when either moved on). */
  version: Version,
  mergedVersion: Version,
});
export type CharacterMergeInput = z.input<typeof CharacterMergeInput>;
