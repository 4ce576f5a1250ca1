// What a response schema lets out, compiled once per schema: objects keep only the keys their
// schema names (recursively, through arrays, optionals, nullables and records), so a new column
// in a row still never leaks. It replaces a full zod parse of every answer, which cost more than
// the SQL of most reads (issue 16: 11% of the server's time under the mixed load).
//
// Types are checked as zod would (typeof, enum and literal members, finite numbers, arrays'
// length bounds); lengths and formats of strings going out are not re-checked (they were checked
// on the way in), but their trim or case rules are applied as zod applies them. A default given
// no value, a union of anything but plain values, a record keyed by an enum and any schema kind
// not listed below go through zod itself, so the output is zod's. A value the projection refuses
// throws; the caller then lets zod parse the whole answer and report what is wrong.
import type { ZodType } from "zod";

type Project = (value: unknown) => unknown;

/** Thrown where a value does not fit its schema; never leaves serializeThroughSchema. */
export class DoesNotFit extends Error {}

const compiled = new WeakMap<ZodType, Project>();

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  catchall?: ZodType;
  element?: ZodType;
  innerType?: ZodType;
  keyType?: ZodType;
  valueType?: ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: Check[];
  options?: unknown[];
}

type Check = {
  _zod: {
    def: { check: string; minimum?: number; maximum?: number; length?: number; tx?: (s: string) => string };
  };
};

/**
 * For a schema whose projection lets a value out unchanged (a string with no rewrite, a literal, an
 * enum, a number, a boolean, null), whether it takes a value; null for any other schema.
 */
function plainValueTest(schema: ZodType): ((value: unknown) => boolean) | null {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return def.checks?.some((c) => c._zod.def.check === "overwrite") ? null : (v) => typeof v === "string";
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "null":
      return (v) => v === null;
    case "literal": {
      const members = new Set(def.values);
      return (v) => members.has(v);
    }
    case "enum": {
      const members = new Set(Object.values(def.entries!));
      return (v) => members.has(v);
    }
    default:
      return null;
  }
}

/** [min, max] of an array's length when every check bounds it, else null. */
function lengthBounds(checks: readonly Check[]): [number, number] | null {
  let min = 0;
  let max = Infinity;
  for (const { _zod } of checks) {
    const c = _zod.def;
    if (c.check === "min_length" && c.minimum !== undefined) min = Math.max(min, c.minimum);
    else if (c.check === "max_length" && c.maximum !== undefined) max = Math.min(max, c.maximum);
    else if (c.check === "length_equals" && c.length !== undefined) {
      min = Math.max(min, c.length);
      max = Math.min(max, c.length);
    } else return null;
  }
  return [min, max];
}

const defOf = (schema: ZodType) => schema._zod.def as unknown as Def;

/** The projection of `schema`: a function from a value to what zod's parse would output. */
export function projectionOf(schema: ZodType): Project {
  let project = compiled.get(schema);
  if (!project) {
    // A placeholder first, so a schema that refers to itself compiles (it is looked up at call time).
    compiled.set(schema, (value) => compiled.get(schema)!(value));
    project = compile(schema);
    compiled.set(schema, project);
  }
  return project;
}

function compile(schema: ZodType): Project {
  const def = defOf(schema);
  const byZod: Project = (value) => schema.parse(value);
  // A plain value (a string with no rewrite, a number, an enum member…) goes out as it is.
  const takes = plainValueTest(schema);
  if (takes)
    return (value) => {
      if (!takes(value)) throw new DoesNotFit();
      return value;
    };
  switch (def.type) {
    case "object": {
      // A catchall (loose or strict object) keeps or refuses unknown keys: zod decides.
      if (def.catchall) return byZod;
      const fields = Object.entries(def.shape!).map(([key, inner]) => [key, projectionOf(inner)] as const);
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) throw new DoesNotFit();
        const source = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, project] of fields) {
          // An absent optional key stays absent (JSON would drop an undefined value anyway).
          const projected = project(source[key]);
          if (projected !== undefined) out[key] = projected;
        }
        return out;
      };
    }
    case "array": {
      const project = projectionOf(def.element!);
      // Bounds on the length are checked here (a piece's regions have one, so a zod parse per
      // piece was most of a mosaic's serialising); any other check is zod's to apply.
      const bounds = lengthBounds(def.checks ?? []);
      if (!bounds) return byZod;
      const [min, max] = bounds;
      return (value) => {
        if (!Array.isArray(value) || value.length < min || value.length > max) throw new DoesNotFit();
        return value.map(project);
      };
    }
    case "optional": {
      const project = projectionOf(def.innerType!);
      return (value) => (value === undefined ? undefined : project(value));
    }
    case "nullable": {
      const project = projectionOf(def.innerType!);
      return (value) => (value === null ? null : project(value));
    }
    case "default": {
      const project = projectionOf(def.innerType!);
      return (value) => (value === undefined ? byZod(value) : project(value));
    }
    case "string": {
      // Only a string with a rewrite gets here (plainValueTest takes the rest): trim, toLowerCase
      // and the like, by their own functions in zod's order (a zod parse per name and phone
      // number was most of serialising the client list).
      const rewrites = (def.checks ?? []).flatMap((c) =>
        c._zod.def.check === "overwrite" ? [c._zod.def.tx] : [],
      );
      if (rewrites.some((tx) => typeof tx !== "function")) return byZod;
      return (value) => {
        if (typeof value !== "string") throw new DoesNotFit();
        return rewrites.reduce<string>((out, tx) => tx!(out), value);
      };
    }
    case "union": {
      // Only unions of plain values (an email or "", a number or null): each lets a value out
      // unchanged, so the value goes out when one of them takes it. Tested without throwing: a
      // refused option is the common case (null for a number).
      const options = (def.options ?? []) as ZodType[];
      const takes = options.map(plainValueTest);
      if (takes.some((t) => t === null)) return byZod;
      return (value) => {
        if (!takes.some((t) => t!(value))) throw new DoesNotFit();
        return value;
      };
    }
    case "unknown":
    case "any":
      return (value) => value;
    case "record": {
      // Only string keys without rules: an enum key type makes zod check which keys are there.
      const key = defOf(def.keyType!);
      if (key.type !== "string" || key.checks?.length) return byZod;
      const project = projectionOf(def.valueType!);
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) throw new DoesNotFit();
        const out: Record<string, unknown> = {};
        // A key named __proto__ (a draft's content is the user's) is dropped, as zod's output drops it.
        for (const [k, v] of Object.entries(value)) if (k !== "__proto__") out[k] = project(v);
        return out;
      };
    }
    default:
      return byZod;
  }
}
