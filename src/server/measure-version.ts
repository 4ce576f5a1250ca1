// Responses are stored with the version of the instrument definition that scored them,
// so an old score never changes meaning when a definition is revised.
import { requireInstrument } from "../measures";

/** The version Tessera scores the instrument with today; unknown id → invalid at `instrument`. */
export function instrumentVersion(instrumentId: string): string {
  return requireInstrument(instrumentId).version;
}
