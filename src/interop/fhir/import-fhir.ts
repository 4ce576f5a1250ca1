// Import of a Bundle that Tessera exported, into a practice, through the scoped store (so every
// record is validated and audited like one typed by hand). Each resource is checked against the
// R4 schema and its tessera-record extension against the Tessera shapes before anything is
// written; ids are new, links between records are carried over. Bundles from other systems are
// refused: without the extension there is no lossless way back into Tessera's records.
import { z } from "zod";
import { invalid, type FieldProblem } from "../../domain";
import type { Caller, ScopedStore, SystemStore } from "../../store/store";
import { RECORD_EXTENSION } from "./fhir-codes";
import { fhirSchemaProblems } from "./fhir-schema";
import {
  ConsentRecord,
  EncounterRecord,
  EpisodeRecord,
  PatientRecord,
  PractitionerRecord,
  ProcessRecord,
  ResponseRecord,
  SessionNotesRecord,
} from "./tessera-records";

type Resource = { resourceType: string; id: string } & Record<string, unknown>;

export interface ImportSummary {
  clients: number;
  sessions: number;
  /** Staff named in the bundle who had no account here: added without a usable password. */
  accountsAdded: string[];
}

/** Accounts created by an import cannot log in until an administrator sets a password. */
const NO_PASSWORD = "!imported-without-password";

export async function importBundle(
  system: SystemStore,
  caller: Caller,
  bundle: unknown,
): Promise<ImportSummary> {
  const resources = checkBundle(bundle);
  const byType = (type: string) => resources.filter((r) => r.resourceType === type);
  const refTo = (r: Resource, field: string) => {
    const value = (r[field] as { reference?: string } | undefined)?.reference;
    return value ? value.split("/")[1]! : null;
  };
  const parse = <S extends z.ZodType>(schema: S, r: Resource): z.output<S> => {
    const ext = (r.extension as { url: string; valueString?: string }[] | undefined)?.find(
      (e) => e.url === RECORD_EXTENSION,
    );
    if (!ext?.valueString)
      throw invalid(`${r.resourceType}/${r.id} has no Tessera record: not a Tessera export`);
    const result = schema.safeParse(JSON.parse(ext.valueString));
    if (!result.success) {
      const details: FieldProblem[] = result.error.issues.map((i) => ({
        path: `${r.resourceType}/${r.id}.${i.path.join(".")}`,
        message: i.message,
      }));
      throw invalid("the bundle holds a record Tessera cannot read", details);
    }
    return result.data;
  };

  // Parse everything first, so a bad record refuses the bundle before anything is written.
  const patients = byType("Patient").map((r) => ({ r, data: parse(PatientRecord, r) }));
  const staff = byType("Practitioner").map((r) => ({ r, data: parse(PractitionerRecord, r) }));
  const episodes = byType("EpisodeOfCare").map((r) => ({
    r,
    patient: refTo(r, "patient"),
    data: parse(EpisodeRecord, r),
  }));
  const encounters = byType("Encounter").map((r) => ({
    r,
    patient: refTo(r, "subject"),
    data: parse(EncounterRecord, r),
  }));
  const compositions = byType("Composition");
  const notes = new Map(
    compositions
      .filter((r) => refTo(r, "encounter"))
      .map((r) => [refTo(r, "encounter")!, parse(SessionNotesRecord, r)]),
  );
  const processes = new Map(
    compositions
      .filter((r) => !refTo(r, "encounter"))
      .map((r) => [refTo(r, "subject")!, parse(ProcessRecord, r)]),
  );
  const responses = byType("QuestionnaireResponse").map((r) => ({
    r,
    patient: refTo(r, "subject"),
    author: refTo(r, "author"),
    data: parse(ResponseRecord, r),
  }));
  const consents = byType("Consent").map((r) => ({
    r,
    patient: refTo(r, "patient"),
    data: parse(ConsentRecord, r),
  }));

  const admin = system.scoped(caller);
  const accountsAdded: string[] = [];
  const staffStores = new Map<string, ScopedStore>();
  for (const { r, data } of staff) {
    staffStores.set(r.id, await staffStore(system, caller, data, accountsAdded));
  }
  const as = (practitionerId: string | null) => (practitionerId && staffStores.get(practitionerId)) || admin;

  let sessions = 0;
  for (const { r: patient, data } of patients) {
    const process = processes.get(patient.id);
    const client = await admin.createClient({
      ...data,
      ...(process ? { holisticFactors: process.holisticFactors } : {}),
    });
    const ids = new Map<string, string>();
    const mapped = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
    for (const e of episodes.filter((x) => x.patient === patient.id)) {
      const { id, ...course } = e.data;
      ids.set(id, (await admin.createCourse(client.id, course)).id);
    }
    for (const event of process?.lifeEvents ?? []) await admin.createLifeEvent(client.id, event);
    for (const { id, ...character } of process?.characters ?? [])
      ids.set(id, (await admin.createCharacter(client.id, character)).id);
    for (const { id, ...thread } of process?.threads ?? [])
      ids.set(id, (await admin.createThread(client.id, thread)).id);
    const relink = <P extends { characterId?: string | null; threadIds?: string[] }>(pieces: P[]) =>
      pieces.map((p) => ({
        ...p,
        characterId: mapped(p.characterId ?? null),
        threadIds: (p.threadIds ?? []).map((t) => mapped(t)).filter((t): t is string => t !== null),
      }));

    for (const { r: encounter, data: e } of encounters.filter((x) => x.patient === patient.id)) {
      const store = as(firstParticipant(encounter));
      const note = notes.get(encounter.id);
      const session = await store.createSession(client.id, {
        courseId: mapped(e.courseId),
        date: e.date,
        durationMinutes: e.durationMinutes,
        techniques: e.techniques,
        ...(note ? { ...note, pieces: relink(note.pieces) } : {}),
      });
      if (e.status === "signed") await store.signSession(session.id);
      sessions += 1;
    }
    for (const reflection of process?.reflections ?? [])
      await admin.createReflection(client.id, { ...reflection, pieces: relink(reflection.pieces) });
    for (const { author, data: m } of responses.filter((x) => x.patient === patient.id)) {
      const store = as(author);
      const { followUpNote, ...input } = m;
      const created = await store.createMeasureResponse(client.id, input);
      if (followUpNote !== null) await store.recordFollowUp(created.id, followUpNote);
    }
    for (const { data: c } of consents.filter((x) => x.patient === patient.id)) {
      const { withdrawn, ...input } = c;
      const created = await admin.createConsent(client.id, input);
      if (withdrawn) await admin.withdrawConsent(created.id);
    }
  }
  return { clients: patients.length, sessions, accountsAdded };
}

function checkBundle(bundle: unknown): Resource[] {
  const b = bundle as { resourceType?: unknown; entry?: unknown } | null;
  if (!b || b.resourceType !== "Bundle" || !Array.isArray(b.entry)) throw invalid("not a FHIR Bundle");
  const resources = b.entry.map((e) => (e as { resource?: Resource }).resource);
  const details: FieldProblem[] = [];
  resources.forEach((r, i) => {
    if (!r) details.push({ path: `entry.${i}`, message: "has no resource" });
    else
      for (const p of fhirSchemaProblems(r).slice(0, 5))
        details.push({ path: `entry.${i}.resource${p.split(":")[0]}`, message: p });
  });
  if (details.length > 0) throw invalid("the bundle does not validate against FHIR R4", details);
  return resources as Resource[];
}

function firstParticipant(encounter: Resource): string | null {
  const participant = (encounter.participant as { individual?: { reference?: string } }[] | undefined)?.[0];
  return participant?.individual?.reference?.split("/")[1] ?? null;
}

/** A store acting as the staff member named in the bundle: their account here, or a new one. */
async function staffStore(
  system: SystemStore,
  caller: Caller,
  person: z.output<typeof PractitionerRecord>,
  added: string[],
): Promise<ScopedStore> {
  const existing = await system.findUserForLogin(person.email);
  if (existing && existing.practiceId !== caller.practiceId) return system.scoped(caller);
  const user =
    existing ??
    (await system.createUser(caller.practiceId, {
      name: person.name,
      email: person.email,
      role: person.role === "client" ? "practitioner" : person.role,
      clientId: null,
      passwordHash: NO_PASSWORD,
    }));
  if (!existing) added.push(user.email);
  return system.scoped({
    userId: user.id,
    practiceId: caller.practiceId,
    role: user.role,
    clientId: null,
    wholePractice: true,
  });
}
