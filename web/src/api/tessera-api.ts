// The HTTP API as the web app uses it: the client generated from the endpoint declarations, and
// names for the shapes the pages hold, all inferred from the schemas in src/domain and src/measures.
import type { z } from "zod";
import type { ClientInput, SessionInput } from "../../../src/domain";

export { api } from "./endpoints.generated";
export type { Me } from "../../../src/domain";
export type {
  InstrumentDescription as Instrument,
  ScoredResponse,
  TimelineItem,
} from "../../../src/measures";

/** A session body with every default filled in: what the session form holds. */
export type SessionBody = z.output<typeof SessionInput>;
/** A client body with every default filled in: what the client form holds. */
export type ClientBody = z.output<typeof ClientInput>;
