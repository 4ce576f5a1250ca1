// Tessera's own JSON export: the client records exactly as the store gives them, for a person's
// full copy (GDPR Art. 15) and for tools that want Tessera's shapes rather than FHIR's.
import type { Caller, SystemStore } from "../store/store";
import { loadClientRecord, loadPracticeRecords, type ClientRecord } from "./client-record";

export interface TesseraJsonExport {
  format: "tessera-export";
  version: 1;
  exportedAt: string;
  practice: { id: string; name: string };
  clients: ClientRecord[];
}

export async function exportTesseraJson(
  system: SystemStore,
  caller: Caller,
  clientId: string | null,
): Promise<TesseraJsonExport> {
  const scoped = system.scoped(caller);
  const practice = await system.getPractice(caller.practiceId);
  const records = clientId ? [await loadClientRecord(scoped, clientId)] : await loadPracticeRecords(scoped);
  return tesseraJsonOf({ id: caller.practiceId, name: practice?.name ?? "" }, records);
}

/** Records already read through a scoped store, in Tessera's export shape. */
export function tesseraJsonOf(
  practice: { id: string; name: string },
  records: ClientRecord[],
): TesseraJsonExport {
  return {
    format: "tessera-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    practice,
    clients: records,
  };
}
