// Path parameter shapes shared by the resource routes.
import { z } from "zod";
import { Id } from "../../domain";

export const ClientParams = z.object({ clientId: Id });
export const SessionParams = z.object({ sessionId: Id });
export const CharacterParams = z.object({ characterId: Id });
export const ThreadParams = z.object({ threadId: Id });
export const LifeEventParams = z.object({ lifeEventId: Id });
export const CourseParams = z.object({ courseId: Id });
export const ConsentParams = z.object({ consentId: Id });
export const MeasureResponseParams = z.object({ responseId: Id });

/** Lists answer {items: [...]}, so a list can later carry paging without breaking clients. */
export const items = <T>(list: T[]) => ({ items: list });
