// What a deep link to the mosaic or the brief (a reload, a bookmark) asks for first: the client,
// for the header, and the view's data. Kept apart from TanStack Query and React, so the small first
// script (boot.ts) can send these requests while the app's code still loads; use-view.ts asks for
// the same paths at its start and so takes the answers. (Other views are not sent early: their
// queries are changing; a path that differs would only cost a request the app does not take.)
import { api } from "../api/endpoints.generated";

/** The mosaic's first page: what MosaicPage asks for when it opens. */
export const MOSAIC_FIRST_PAGE = { offset: 0, limit: 40 };

/** Sends the requests a hash address of a client's mosaic or brief starts with. */
export function sendLinkedViewRequests(hash: string): void {
  const match = /^#\/clients\/([^/?#]+)\/(mosaic|brief)(?:[?#]|$)/.exec(hash);
  if (!match) return;
  const clientId = decodeURIComponent(match[1]!);
  void api.getClient(clientId);
  if (match[2] === "mosaic") void api.getMosaicView(clientId, MOSAIC_FIRST_PAGE);
  else void api.getBriefView(clientId);
}
