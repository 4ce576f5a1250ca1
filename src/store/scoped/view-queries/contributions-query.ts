// The client's contributions in one operation (one audit record): the latest page of shared
// reflections (visibleReflections: staff see only those shared with them), consents and courses; earlier reflections
// a page at a time, so a long process does not send every reflection at once.
import { CONTRIBUTION_REFLECTIONS, pageStart, PageQuery, type ContributionsRows } from "../../../domain";
import { parseInput } from "../../parse-input";
import { consentOperations } from "../consents";
import { courseOperations } from "../courses";
import { loadPieces } from "../pieces";
import { inWrittenOrder, toReflection, visibleReflections } from "../reflections";
import type { ScopeContext } from "../scope-context";

/** Shared reflections from number `offset` in the order written (date, creation, id), with their pieces. */
export async function sharedReflectionsPage(
  ctx: ScopeContext,
  clientId: string,
  page: { offset?: number; limit: number },
): Promise<ContributionsRows["reflections"]> {
  const { n } = await visibleReflections(ctx, clientId)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(n);
  const offset = pageStart(total, page);
  const rows = await inWrittenOrder(visibleReflections(ctx, clientId).selectAll())
    .limit(page.limit)
    .offset(offset)
    .execute();
  const pieces = await loadPieces(ctx, "reflectionId", { ownerIds: rows.map((r) => r.id) });
  return { total, offset, rows: rows.map((r) => toReflection(r, pieces.get(r.id) ?? [])) };
}

export async function readContributions(ctx: ScopeContext, clientId: string): Promise<ContributionsRows> {
  await ctx.requireClient(clientId);
  const [reflections, consents, courses] = await Promise.all([
    sharedReflectionsPage(ctx, clientId, { limit: CONTRIBUTION_REFLECTIONS }),
    consentOperations.listConsents.run(ctx, clientId),
    courseOperations.listCourses.run(ctx, clientId),
  ]);
  return { reflections, consents, courses };
}

export async function readSharedReflections(
  ctx: ScopeContext,
  clientId: string,
  query: PageQuery = {},
): Promise<ContributionsRows["reflections"]> {
  const page = parseInput(PageQuery, query);
  await ctx.requireClient(clientId);
  return sharedReflectionsPage(ctx, clientId, page);
}
