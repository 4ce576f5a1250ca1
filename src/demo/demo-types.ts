// Shapes of the hand-written demo data. Pieces carry a quote instead of offsets (offsets are
// computed from the narrative, so an edited sentence cannot leave a stale span), and refer to
// characters by label and to threads by key, because ids exist only once the store makes them.
import type {
  CharacterInput,
  ClientInput,
  ConsentInput,
  CourseInput,
  LifeEventInput,
  MeasureResponseInput,
  PieceInput,
  ReflectionInput,
  SessionInput,
  ThreadInput,
} from "../domain";

export type DemoPiece = Omit<PieceInput, "id" | "text" | "start" | "end" | "characterId" | "threadIds"> & {
  /** Exact text of the span in its narrative or reflection. */
  quote: string;
  /** 1-based, needed only when the quote occurs more than once. */
  occurrence?: number;
  /** Keys of the client's demo threads this piece belongs to. */
  threads?: string[];
};

export type DemoThread = ThreadInput & {
  key: string;
  /**
   * A thread's status over time (issue 11): the changes after it was opened, each from the
   * session with that number, with the practitioner's note; the last one's status is `status`.
   */
  history?: { status: NonNullable<ThreadInput["status"]>; session: number; note: string }[];
};

export type DemoSession = Omit<SessionInput, "courseId" | "pieces" | "narrative"> & {
  narrative: string;
  pieces: DemoPiece[];
  /** Every session but a client's latest is signed; the latest stays a draft. */
  signed: boolean;
};

export type DemoReflection = Omit<ReflectionInput, "pieces" | "text"> & {
  text: string;
  pieces: DemoPiece[];
};

export type DemoMeasure = MeasureResponseInput & { instrument: "phq9" | "gad7" | "pss10" };

export type DemoConsent = ConsentInput & { withdrawn?: boolean };

export interface DemoClient {
  client: ClientInput;
  /** The client's portal login; the client writes the reflections through it. */
  portalLogin: { name: string; email: string };
  course: CourseInput;
  lifeEvents: LifeEventInput[];
  /** Labels are unique within a client; pieces name their character by label. */
  characters: CharacterInput[];
  threads: DemoThread[];
  sessions: DemoSession[];
  reflections: DemoReflection[];
  measures: DemoMeasure[];
  consents: DemoConsent[];
}
