// Responses are stored with the version of the instrument definition that scored them,
// so an old score never changes meaning when a definition is revised.
import { DomainError } from "../domain";
import { getInstrument } from "../measures";

export function instrumentVersion(instrumentId: string): string {
  const instrument = (() => {
    try {
      return getInstrument(instrumentId);
    } catch {
      return undefined;
    }
  })();
  if (!instrument) {
    throw new DomainError("invalid", `unknown instrument "${instrumentId}"`, [
      { path: "instrument", message: "not a known instrument" },
    ]);
  }
  return instrument.version;
}
