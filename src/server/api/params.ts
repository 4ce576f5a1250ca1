// Path parameter shapes shared by the resource endpoints.
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
