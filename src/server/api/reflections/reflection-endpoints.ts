// What the client writes between sessions. A client reaches their own; the scoped store decides
// whose record it is and hides unshared reflections from staff.
import { listOf, Reflection, ReflectionInput } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

export const reflectionEndpoints = [
  endpoint({
    name: "listReflections",
    method: "GET",
    path: "/api/clients/:clientId/reflections",
    summary: "A client's reflections (staff see only the shared ones)",
    params: ClientParams,
    response: { status: 200, schema: listOf(Reflection) },
    handler: async ({ store, params }) => ({ items: await store.listReflections(params.clientId) }),
  }),
  endpoint({
    name: "createReflection",
    method: "POST",
    path: "/api/clients/:clientId/reflections",
    summary: "Write a reflection",
    params: ClientParams,
    body: ReflectionInput,
    response: { status: 201, schema: Reflection },
    handler: ({ store, params, body }) => store.createReflection(params.clientId, body),
  }),
];
