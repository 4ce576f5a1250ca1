// Open data (issue 15): the client's own copy of their whole record (GDPR Art. 15, 20), for the
// portal. A client login may not list sessions, threads or characters one by one (those are the
// practitioner's working views), but the copy of everything held about them is theirs: this one
// operation reads it all for the client themself and is audited once, as an export.
import { forbidden } from "../../domain";
import type { OwnRecord } from "../store";
import { characterOperations } from "./characters";
import { clientOperations } from "./clients";
import { consentOperations } from "./consents";
import { courseOperations } from "./courses";
import { lifeEventOperations } from "./life-events";
import { measureResponseOperations } from "./measure-responses";
import type { OperationsFor } from "./operation";
import { reflectionOperations } from "./reflections";
import { sessionOperations } from "./sessions";
import { threadOperations } from "./threads";
import { statusChangesOf } from "./thread-status-changes";

export const ownRecordOperations: OperationsFor<"exportOwnRecord"> = {
  exportOwnRecord: {
    // Listed for own-client so a client reaches it; staff are refused below (they export through
    // the practitioner's export, which reads what staff may see).
    access: "staff-or-own-client",
    writes: false,
    audit: { action: "export", resourceType: "client", resourceId: (args) => args[0] },
    async run(ctx, clientId): Promise<OwnRecord> {
      // Another practice's record is not_found for everyone, before the role is looked at.
      await ctx.requireClient(clientId);
      if (ctx.caller.role !== "client") throw forbidden("only the client themself takes their own copy");
      // The bodies of the single reads, run inside this one operation (so one audit record).
      return {
        client: await clientOperations.getClient.run(ctx, clientId),
        lifeEvents: await lifeEventOperations.listLifeEvents.run(ctx, clientId),
        courses: await courseOperations.listCourses.run(ctx, clientId),
        sessions: await sessionOperations.listSessions.run(ctx, clientId),
        characters: await characterOperations.listCharacters.run(ctx, clientId),
        threads: await threadOperations.listThreads.run(ctx, clientId),
        threadStatusChanges: await statusChangesOf(ctx, clientId),
        reflections: await reflectionOperations.listReflections.run(ctx, clientId),
        measures: await measureResponseOperations.listMeasureResponses.run(ctx, clientId),
        consents: await consentOperations.listConsents.run(ctx, clientId),
      };
    },
  },
};
