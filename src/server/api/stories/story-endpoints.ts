// The process story: the practitioner's plain-language summary for the client, drafted from the
// pieces, edited and shared; the client reads the shared ones in the portal.
import { z } from "zod";
import {
  Id,
  listOf,
  ProcessStory,
  ProcessStoryDraft,
  ProcessStoryDraftQuery,
  ProcessStoryInput,
} from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams } from "../params";

const StoryParams = z.object({ storyId: Id });

export const storyEndpoints = [
  endpoint({
    name: "listProcessStories",
    method: "GET",
    path: "/api/clients/:clientId/process-stories",
    summary: "A client's process stories (a client sees the shared ones)",
    params: ClientParams,
    response: { status: 200, schema: listOf(ProcessStory) },
    handler: async ({ store, params }) => ({ items: await store.listProcessStories(params.clientId) }),
  }),
  endpoint({
    name: "createProcessStory",
    method: "POST",
    path: "/api/clients/:clientId/process-stories",
    summary: "Write a process story or session summary for the client",
    params: ClientParams,
    body: ProcessStoryInput,
    response: { status: 201, schema: ProcessStory },
    handler: ({ store, params, body }) => store.createProcessStory(params.clientId, body),
  }),
  endpoint({
    name: "updateProcessStory",
    method: "PUT",
    path: "/api/process-stories/:storyId",
    summary: "Replace a process story (and share or unshare it)",
    params: StoryParams,
    body: ProcessStoryInput,
    response: { status: 200, schema: ProcessStory },
    handler: ({ store, params, body }) => store.updateProcessStory(params.storyId, body),
  }),
  endpoint({
    name: "draftProcessStory",
    method: "GET",
    path: "/api/clients/:clientId/process-story-draft",
    summary: "A draft story assembled from characters, threads and insights (of a course, or all)",
    params: ClientParams,
    query: ProcessStoryDraftQuery,
    response: { status: 200, schema: ProcessStoryDraft },
    handler: ({ store, params, query }) => store.draftProcessStory(params.clientId, query.courseId ?? null),
  }),
];
