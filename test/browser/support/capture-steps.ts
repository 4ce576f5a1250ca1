// Steps of the capture tests, through the API from inside the page (so it holds the login).
import type { Page } from "playwright-core";

export async function createSessionByApi(page: Page, clientId: string, body: object): Promise<SessionJson> {
  const res = await page.request.post(`/api/clients/${clientId}/sessions`, { data: body });
  if (res.status() !== 201) throw new Error(`create session answered ${res.status()}`);
  return (await res.json()) as SessionJson;
}

export async function getSessionByApi(page: Page, sessionId: string): Promise<SessionJson> {
  return (await (await page.request.get(`/api/sessions/${sessionId}`)).json()) as SessionJson;
}

/** Someone else's save: the whole record with one change, at the version it has now. */
export async function updateSessionByApi(
  page: Page,
  sessionId: string,
  changes: object,
): Promise<SessionJson> {
  const s = await getSessionByApi(page, sessionId);
  const { courseId, date, durationMinutes, checkIn, techniques, narrative, insights, integration, pieces } =
    s;
  const res = await page.request.put(`/api/sessions/${sessionId}`, {
    data: {
      ...{ courseId, date, durationMinutes, checkIn, techniques, narrative, insights, integration, pieces },
      ...changes,
      version: s.version,
    },
  });
  if (res.status() !== 200) throw new Error(`update session answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as SessionJson;
}

export async function signSessionByApi(page: Page, sessionId: string): Promise<SessionJson> {
  const s = await getSessionByApi(page, sessionId);
  const res = await page.request.post(`/api/sessions/${sessionId}/sign`, { data: { version: s.version } });
  if (res.status() !== 200) throw new Error(`sign answered ${res.status()}`);
  return (await res.json()) as SessionJson;
}

export interface SessionJson {
  id: string;
  number: number;
  version: number;
  courseId: string | null;
  date: string;
  durationMinutes: number;
  checkIn: string;
  techniques: unknown[];
  narrative: string;
  insights: string;
  integration: string;
  pieces: unknown[];
  status: string;
}
