// The client's contributions in one operation (one audit record): shared reflections (the
// reflections rules decide what staff see), consents and courses.
import type { ContributionsRows } from "../../../domain";
import { consentOperations } from "../consents";
import { courseOperations } from "../courses";
import { reflectionOperations } from "../reflections";
import type { ScopeContext } from "../scope-context";

export async function readContributions(ctx: ScopeContext, clientId: string): Promise<ContributionsRows> {
  await ctx.requireClient(clientId);
  const [reflections, consents, courses] = await Promise.all([
    reflectionOperations.listReflections.run(ctx, clientId),
    consentOperations.listConsents.run(ctx, clientId),
    courseOperations.listCourses.run(ctx, clientId),
  ]);
  return { reflections, consents, courses };
}
