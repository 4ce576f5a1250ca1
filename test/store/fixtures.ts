// Small factories for store tests: a practice with its staff, clients, pieces and sessions.
import { expect } from "vitest";
import type { ErrorCode, PieceInput, SessionInput } from "../../src/domain";
import { DomainError } from "../../src/domain";
import type { Caller, ScopedStore, SystemStore } from "../../src/store/store";

export interface PracticeFixture {
  practiceId: string;
  adminCaller: Caller;
  practitionerCaller: Caller;
  admin: ScopedStore;
  practitioner: ScopedStore;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makePractice(
  system: SystemStore,
  name = "Still Point Practice",
): Promise<PracticeFixture> {
  const tag = unique();
  const { practice, user } = await system.createPracticeWithUser(name, {
    name: "Ada Admin",
    email: `admin-${tag}@example.org`,
    role: "admin",
    passwordHash: "hash",
  });
  const practitionerUser = await system.createUser(practice.id, {
    name: "Pia Practitioner",
    email: `pia-${tag}@example.org`,
    role: "practitioner",
    clientId: null,
    passwordHash: "hash",
  });
  const adminCaller: Caller = { userId: user.id, practiceId: practice.id, role: "admin", clientId: null };
  const practitionerCaller: Caller = {
    userId: practitionerUser.id,
    practiceId: practice.id,
    role: "practitioner",
    clientId: null,
  };
  return {
    practiceId: practice.id,
    adminCaller,
    practitionerCaller,
    admin: system.scoped(adminCaller),
    practitioner: system.scoped(practitionerCaller),
  };
}

/** A second practitioner of the practice, on no care team yet: their user id and their scoped store. */
export async function addColleague(
  system: SystemStore,
  p: PracticeFixture,
  name = "Cole Colleague",
): Promise<{ userId: string; store: ScopedStore }> {
  const user = await system.createUser(p.practiceId, {
    name,
    email: `colleague-${unique()}@example.org`,
    role: "practitioner",
    clientId: null,
    passwordHash: "hash",
  });
  return { userId: user.id, store: system.scoped({ ...p.practitionerCaller, userId: user.id }) };
}

/** A client login for an existing client record, scoped. */
export async function clientLogin(
  system: SystemStore,
  practiceId: string,
  clientId: string,
): Promise<ScopedStore> {
  const user = await system.createUser(practiceId, {
    name: "Client Login",
    email: `client-${unique()}@example.org`,
    role: "client",
    clientId,
    passwordHash: "hash",
  });
  return system.scoped({ userId: user.id, practiceId, role: "client", clientId });
}

export function piece(kind: PieceInput["kind"], text: string, extra: Partial<PieceInput> = {}): PieceInput {
  return { kind, text, ...extra };
}

export function sessionInput(extra: Partial<SessionInput> = {}): SessionInput {
  return {
    date: "2024-03-04",
    narrative: "She arrived tired. Under my hands at the occiput the tissue softened.",
    techniques: [{ technique: "CV4", regions: ["occiput"] }],
    pieces: [
      piece("body_sensation", "tightness in the throat", { regions: ["throat"] }),
      piece("memory", "when I was six at the seaside", { age: 6, period: "childhood" }),
    ],
    ...extra,
  };
}

/** Awaits a promise that must fail with a DomainError of this code; returns the error. */
export async function expectDomainError(promise: Promise<unknown>, code: ErrorCode): Promise<DomainError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected a DomainError ${code}`).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}
