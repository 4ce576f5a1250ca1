// What the export and erasure endpoints need beyond the caller's scoped store, and nothing more:
// the practice's name and its staff (for FHIR's Organization and Practitioner), a whole-practice
// store for an administrator's practice export (the operator rule the CLI uses), and erasure,
// which works on the raw database (src/interop/erasure) and so needs the store's configuration.
// Built once in app.ts from the system store; handed only to the exports endpoints, so no route
// holds the system store itself.
import type { FastifyRequest } from "fastify";
import { forbidden } from "../../../domain";
import { eraseClient, type ErasureSummary } from "../../../interop/erasure/erase-client";
import type { FhirDirectory } from "../../../interop/fhir/export-fhir";
import type { StoreConfig } from "../../../store/open-store";
import type { Caller, ScopedStore, SystemStore } from "../../../store/store";
import type { App } from "../../app-types";
import { originOf } from "../../request-origin";

export interface ExportsCapability {
  /** The practice and its staff, and only of this practice (another practice's user is unknown). */
  directory(practiceId: string): FhirDirectory;
  /** An administrator's store over every client of the practice, not only their care team; audited as them. */
  practiceWideStore(caller: Caller, request: FastifyRequest): ScopedStore;
  /**
   * Erases a client the caller's store has already accepted (confirmErasure: who may, and the typed
   * name); null without a store configuration.
   */
  eraseConfirmed: ((clientId: string, byUserId: string) => Promise<ErasureSummary>) | null;
}

export function exportsCapability(systemStore: SystemStore, config: StoreConfig | null): ExportsCapability {
  return {
    directory: (practiceId) => ({
      getPractice: async (id) => (id === practiceId ? systemStore.getPractice(id) : null),
      getUser: async (id) => {
        const user = await systemStore.getUser(id);
        return user && user.practiceId === practiceId ? user : null;
      },
    }),
    practiceWideStore(caller, request) {
      if (caller.role !== "admin") throw forbidden("only an administrator exports the whole practice");
      return systemStore.scoped({ ...caller, wholePractice: true }, originOf(request));
    },
    eraseConfirmed: config
      ? (clientId, byUserId) => eraseClient(config, clientId, { userId: byUserId })
      : null,
  };
}

declare module "fastify" {
  interface FastifyInstance {
    tesseraExports: ExportsCapability | null;
  }
}

export function installExports(app: App, capability: ExportsCapability): void {
  app.decorate("tesseraExports", capability);
}

export function exportsOf(request: FastifyRequest): ExportsCapability {
  const capability = request.server.tesseraExports;
  if (!capability) throw new Error("the exports capability is not installed");
  return capability;
}
