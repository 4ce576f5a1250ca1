// Responses leave through their declared zod schema: parsing drops every key the schema does not
// name, so a new column in a row can never leak by accident. Non-zod schemas (none today but
// 204s) are plain JSON.
import type { FastifySchemaCompiler } from "fastify";
import { ZodType } from "zod";

export const serializeThroughSchema = (({ schema }: { schema: unknown }) => {
  if (!(schema instanceof ZodType)) return (data: unknown) => JSON.stringify(data);
  return (data: unknown) => JSON.stringify(schema.parse(data));
}) as unknown as Parameters<import("fastify").FastifyInstance["setSerializerCompiler"]>[0];

export type { FastifySchemaCompiler };
