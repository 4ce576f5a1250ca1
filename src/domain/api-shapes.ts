// Shapes that only travel over HTTP: list envelopes, the error body, who is logged in, search.
import { z } from "zod";
import { Id, IsoDate } from "./common";
import { Practice, User } from "./practice";

const listItems = new WeakMap<z.ZodType, z.ZodType>();

/** Lists answer {items: [...]}, so a list can later carry paging without breaking clients. */
export function listOf<T extends z.ZodType>(item: T) {
  const list = z.object({ items: z.array(item) });
  listItems.set(list, item);
  return list;
}
/** The item schema of a list made by listOf (for the generated client and docs). */
export const listItemOf = (list: z.ZodType): z.ZodType | undefined => listItems.get(list);

export const ERROR_CODES = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "too_large",
  "rate_limited",
  "unavailable",
  "internal",
] as const;
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const SetupStatus = z.object({ needsSetup: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

/** The logged-in user and their practice. */
export const Me = z.object({ user: User, practice: Practice });
export type Me = z.infer<typeof Me>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHit = z.object({
  clientId: Id,
  sessionId: Id.nullable(),
  reflectionId: Id.nullable(),
  date: IsoDate,
  /** Plain text on one line; matched words are wrapped in « and ». */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Narrows a search to one client and/or one calendar year (a facet the user picked). */
export const SearchFilter = z.object({
  clientId: Id.optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, "a four-digit year")
    .optional(),
});
export type SearchFilter = z.infer<typeof SearchFilter>;

/** GET /api/search/facets: the words of a search, narrowed like one (scale, issue 16). */
export const SearchFacetsQuery = z.object({ q: SearchQuery.shape.q, ...SearchFilter.shape });
export type SearchFacetsQuery = z.input<typeof SearchFacetsQuery>;

/** Counts of every match of a search, whatever the limit: in all, per client (most first), per year. */
export const SearchFacets = z.object({
  total: z.number().int(),
  clients: z.array(z.object({ clientId: Id, count: z.number().int() })),
  years: z.array(z.object({ year: z.string(), count: z.number().int() })),
});
export type SearchFacets = z.infer<typeof SearchFacets>;
