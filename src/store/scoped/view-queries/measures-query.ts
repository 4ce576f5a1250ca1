// The measures axis: session refs (no pieces) and the client's responses, in one operation.
import type { MeasuresRows } from "../../../domain";
import { measureResponseOperations } from "../measure-responses";
import type { ScopeContext } from "../scope-context";
import { allSessionRefs } from "./session-refs";

export async function readMeasures(ctx: ScopeContext, clientId: string): Promise<MeasuresRows> {
  await ctx.requireClient(clientId);
  const [sessions, responses] = await Promise.all([
    allSessionRefs(ctx, clientId),
    measureResponseOperations.listMeasureResponses.run(ctx, clientId),
  ]);
  return { sessions, responses };
}
