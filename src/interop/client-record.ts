// Everything the practice holds about one client, read through a scoped store (so every read is
// checked and audited). FHIR export, the progress report and the pieces CSV all start here.
import type {
  Character,
  Client,
  Consent,
  Course,
  LifeEvent,
  MeasureResponse,
  Reflection,
  Session,
  Thread,
  ThreadStatusChange,
} from "../domain";
import type { ScopedStore } from "../store/store";

export interface ClientRecord {
  client: Client;
  lifeEvents: LifeEvent[];
  courses: Course[];
  sessions: Session[];
  characters: Character[];
  threads: Thread[];
  /** Each thread's status over time, in the order the changes apply. */
  threadStatusChanges: ThreadStatusChange[];
  /** For staff: only the reflections the client shared. */
  reflections: Reflection[];
  measures: MeasureResponse[];
  consents: Consent[];
}

export async function loadClientRecord(store: ScopedStore, clientId: string): Promise<ClientRecord> {
  return {
    client: await store.getClient(clientId),
    lifeEvents: await store.listLifeEvents(clientId),
    courses: await store.listCourses(clientId),
    sessions: await store.listSessions(clientId),
    characters: await store.listCharacters(clientId),
    threads: await store.listThreads(clientId),
    threadStatusChanges: await store.listClientThreadStatusChanges(clientId),
    reflections: await store.listReflections(clientId),
    // Audited as an export, not a read.
    measures: await store.exportMeasureResponses(clientId),
    consents: await store.listConsents(clientId),
  };
}

export async function loadPracticeRecords(store: ScopedStore): Promise<ClientRecord[]> {
  const records = [];
  for (const client of await store.listClients()) records.push(await loadClientRecord(store, client.id));
  return records;
}
