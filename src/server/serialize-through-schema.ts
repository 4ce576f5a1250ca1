// Responses leave through their declared zod schema: every key the schema does not name is
// dropped, so a new column in a row can never leak by accident. The projection compiled from the
// schema does this without a full zod parse (response-projection.ts); an answer it refuses is
// parsed by zod, which reports what does not fit. Non-zod schemas (none today but 204s) are
// plain JSON.
import type { FastifySchemaCompiler } from "fastify";
import { ZodType } from "zod";
import { projectionOf } from "./response-projection";

export const serializeThroughSchema = (({ schema }: { schema: unknown }) => {
  if (!(schema instanceof ZodType)) return (data: unknown) => JSON.stringify(data);
  const project = projectionOf(schema);
  return (data: unknown) => {
    let projected: unknown;
    try {
      projected = project(data);
    } catch {
      projected = schema.parse(data);
    }
    return JSON.stringify(projected);
  };
}) as unknown as Parameters<import("fastify").FastifyInstance["setSerializerCompiler"]>[0];

export type { FastifySchemaCompiler };
