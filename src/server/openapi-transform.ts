// Zod schemas become JSON Schema for the OpenAPI document; a 204 has no body, so it is described
// as such around the zod transform (which accepts zod schemas only).
import { jsonSchemaTransform } from "fastify-type-provider-zod";

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

export function transformForOpenApi(input: TransformInput) {
  const response = (input.schema?.response ?? {}) as Record<string, unknown>;
  const { 204: noContent, ...withBodies } = response;
  const result = jsonSchemaTransform({ ...input, schema: { ...input.schema, response: withBodies } });
  if (noContent === undefined) return result;
  return {
    ...result,
    schema: {
      ...result.schema,
      response: { ...(result.schema.response as object), 204: { description: "No content", type: "null" } },
    },
  };
}
