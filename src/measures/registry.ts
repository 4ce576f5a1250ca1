// Lookup of instrument definitions. Each is parsed against the schema once, at load, and frozen,
// so the engine only ever sees valid definitions and callers cannot change them.
import { InstrumentDefinition } from "./definition-schema";
import { instruments } from "./instruments";
import { invalid } from "../domain";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const byId = new Map<string, InstrumentDefinition>(
  instruments.map((def) => [def.id, deepFreeze(InstrumentDefinition.parse(def))]),
);

/** All instruments, in display order. */
export function listInstruments(): readonly InstrumentDefinition[] {
  return [...byId.values()];
}

/** The definition for an id, or undefined when Tessera has no such instrument. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return byId.get(id);
}

/** Like getInstrument, but an unknown id is invalid input naming the known ids. */
export function requireInstrument(id: string): InstrumentDefinition {
  const def = byId.get(id);
  if (!def) {
    const message = `unknown instrument "${id}"; known: ${[...byId.keys()].join(", ")}`;
    throw invalid(message, [{ path: "instrument", message }]);
  }
  return def;
}
