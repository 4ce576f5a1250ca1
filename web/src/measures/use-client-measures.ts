// The catalogue and one client's scored responses, loaded once for the client page: the safety
// banner and the measures section read the same data, so a follow-up clears both together.
import { api, type Instrument, type TimelineItem } from "../api/tessera-api";
import { useLoad } from "../use-load";

export interface ClientMeasures {
  instruments: Instrument[] | undefined;
  items: TimelineItem[] | undefined;
  error: unknown;
  reload: () => void;
}

export function useClientMeasures(clientId: string): ClientMeasures {
  const instruments = useLoad(() => api.listInstruments().then((r) => r.items), []);
  const items = useLoad(() => api.listMeasureResponses(clientId).then((r) => r.items), [clientId]);
  return {
    instruments: instruments.data,
    items: items.data,
    error: instruments.error ?? items.error,
    reload: () => {
      if (instruments.error) instruments.reload();
      items.reload();
    },
  };
}

export function instrumentById(instruments: readonly Instrument[] | undefined, id: string) {
  return instruments?.find((i) => i.id === id);
}
