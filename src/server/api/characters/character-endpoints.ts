// Inner characters of a client's process.
import {
  conflictBody,
  Character,
  CharacterInput,
  CharacterMergeInput,
  CharacterUpdate,
  listOf,
} from "../../../domain";
import { endpoint } from "../endpoint";
import { CharacterParams, ClientParams } from "../params";

export const characterEndpoints = [
  endpoint({
    name: "listCharacters",
    method: "GET",
    path: "/api/clients/:clientId/characters",
    summary: "A client's characters",
    params: ClientParams,
    response: { status: 200, schema: listOf(Character) },
    handler: async ({ store, params }) => ({ items: await store.listCharacters(params.clientId) }),
  }),
  endpoint({
    name: "createCharacter",
    method: "POST",
    path: "/api/clients/:clientId/characters",
    summary: "Name a character that appeared",
    params: ClientParams,
    body: CharacterInput,
    response: { status: 201, schema: Character },
    handler: ({ store, params, body }) => store.createCharacter(params.clientId, body),
  }),
  endpoint({
    name: "updateCharacter",
    method: "PUT",
    path: "/api/characters/:characterId",
    summary:
      "Replace a character's label, aspect and notes (with the version it started from; 409 when stale)",
    params: CharacterParams,
    body: CharacterUpdate,
    response: { status: 200, schema: Character },
    conflict: conflictBody(Character),
    handler: ({ store, params, body }) => store.updateCharacter(params.characterId, body),
  }),
  // The workspace (issue 11): two characters that turned out to be one.
  endpoint({
    name: "mergeCharacters",
    method: "POST",
    path: "/api/characters/:characterId/merge",
    summary:
      "Merge another character into this one: its pieces' links move here, its notes are appended, it is removed (signed text unchanged; 409 when stale)",
    params: CharacterParams,
    body: CharacterMergeInput,
    response: { status: 200, schema: Character },
    conflict: conflictBody(Character),
    handler: ({ store, params, body }) => store.mergeCharacters(params.characterId, body),
  }),
];
