// Complete update bodies for the capture tests: every field of the record as it is now, its
// version, and the changes (updates never fill left-out fields, so tests send them all).
import type { z } from "zod";
import {
  CharacterUpdate,
  ClientUpdate,
  CourseUpdate,
  LifeEventUpdate,
  SessionUpdate,
  ThreadUpdate,
} from "../../src/domain";

function updateOf<S extends z.ZodObject>(schema: S) {
  return (record: object, changes: Partial<z.input<S>> = {}): z.input<S> => {
    const picked = Object.fromEntries(
      Object.keys(schema.shape).map((k) => [k, (record as Record<string, unknown>)[k]]),
    );
    return { ...picked, ...changes } as z.input<S>;
  };
}

export const sessionUpdate = updateOf(SessionUpdate);
export const clientUpdate = updateOf(ClientUpdate);
export const courseUpdate = updateOf(CourseUpdate);
export const lifeEventUpdate = updateOf(LifeEventUpdate);
export const characterUpdate = updateOf(CharacterUpdate);
export const threadUpdate = updateOf(ThreadUpdate);
