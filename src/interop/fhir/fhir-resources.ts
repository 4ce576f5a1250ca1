// One Tessera record → FHIR R4 resources, following clinical-reference §2. Pure: the caller
// gathers the records. Every resource carries the tessera-record extension (tessera-records.ts).
import type {
  Client,
  Consent,
  Course,
  MeasureResponse,
  Piece,
  Practice,
  Session,
  TechniqueApplied,
  User,
} from "../../domain";
import { getInstrument, scoreResponse } from "../../measures";
import type { ClientRecord } from "../client-record";
import {
  CONSENT_SCOPE,
  LATERALITY_EXTENSION,
  LATERALITY_SNOMED,
  localSystem,
  LOINC,
  RECORD_EXTENSION,
  REGION_SNOMED,
  SENSITIVE_SECURITY,
  slug,
  SNOMED,
  TESSERA_FHIR,
} from "./fhir-codes";

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;
type Ref = { reference: string; display?: string };

export const ref = (r: FhirResource): Ref => ({ reference: `${r.resourceType}/${r.id}` });
const record = (value: unknown) => [{ url: RECORD_EXTENSION, valueString: JSON.stringify(value) }];

export function organizationOf(practice: Practice): FhirResource {
  return { resourceType: "Organization", id: practice.id, active: true, name: practice.name };
}

export function practitionerOf(user: User): FhirResource {
  return {
    resourceType: "Practitioner",
    id: user.id,
    extension: record({ name: user.name, email: user.email, role: user.role }),
    active: !user.disabled,
    name: [{ text: user.name }],
    telecom: [{ system: "email", value: user.email }],
  };
}

export function patientOf(client: Client, organization: FhirResource): FhirResource {
  const {
    holisticFactors: _sensitive,
    id: _id,
    practiceId: _p,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = client;
  const telecom = [
    ...(client.contact.email ? [{ system: "email", value: client.contact.email }] : []),
    ...(client.contact.phone ? [{ system: "phone", value: client.contact.phone }] : []),
  ];
  return {
    resourceType: "Patient",
    id: client.id,
    extension: record(rest),
    active: client.status === "active",
    name: [{ text: client.name }],
    ...(telecom.length ? { telecom } : {}),
    ...(client.dateOfBirth ? { birthDate: client.dateOfBirth } : {}),
    ...(client.contact.address ? { address: [{ text: client.contact.address }] } : {}),
    managingOrganization: ref(organization),
  };
}

export function conditionsOf(client: Client, patient: FhirResource): FhirResource[] {
  return client.presentingConcerns.map((concern, i) => ({
    resourceType: "Condition",
    id: `${client.id}-c${i}`,
    clinicalStatus: {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }],
    },
    category: [
      {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/condition-category",
            code: "problem-list-item",
          },
        ],
      },
    ],
    code: {
      coding: [{ system: localSystem("concern-category"), code: concern.category }],
      text: concern.description || concern.category,
    },
    subject: ref(patient),
  }));
}

export function episodeOf(course: Course, patient: FhirResource): FhirResource {
  return {
    resourceType: "EpisodeOfCare",
    id: course.id,
    extension: record({
      id: course.id,
      intention: course.intention,
      startDate: course.startDate,
      endDate: course.endDate,
    }),
    status: course.endDate ? "finished" : "active",
    patient: ref(patient),
    period: { start: course.startDate, ...(course.endDate ? { end: course.endDate } : {}) },
  };
}

export function encounterOf(
  session: Session,
  patient: FhirResource,
  practitioner: FhirResource | null,
  conditions: FhirResource[],
): FhirResource {
  return {
    resourceType: "Encounter",
    id: session.id,
    extension: record({
      courseId: session.courseId,
      date: session.date,
      durationMinutes: session.durationMinutes,
      techniques: session.techniques,
      status: session.status,
      number: session.number,
    }),
    status: session.status === "signed" ? "finished" : "in-progress",
    class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB", display: "ambulatory" },
    subject: ref(patient),
    ...(practitioner ? { participant: [{ individual: ref(practitioner) }] } : {}),
    period: { start: session.date },
    length: { value: session.durationMinutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
    ...(conditions.length ? { reasonReference: conditions.map(ref) } : {}),
    ...(session.courseId ? { episodeOfCare: [{ reference: `EpisodeOfCare/${session.courseId}` }] } : {}),
  };
}

export function proceduresOf(
  session: Session,
  encounter: FhirResource,
  patient: FhirResource,
  practitioner: FhirResource | null,
): FhirResource[] {
  return session.techniques.map((t, i) => ({
    resourceType: "Procedure",
    id: `${session.id}-t${i}`,
    status: "completed",
    // No SNOMED CT concept for craniosacral techniques was found (clinical-reference §2).
    code: { coding: [{ system: localSystem("cst-technique"), code: slug(t.technique) }], text: t.technique },
    subject: ref(patient),
    encounter: ref(encounter),
    performedDateTime: session.date,
    ...(practitioner ? { performer: [{ actor: ref(practitioner) }] } : {}),
    ...(t.regions.length ? { bodySite: t.regions.map((r) => bodySite(r, t.laterality)) } : {}),
    ...(t.notes ? { note: [{ text: t.notes }] } : {}),
  }));
}

function bodySite(region: TechniqueApplied["regions"][number], laterality: TechniqueApplied["laterality"]) {
  const snomed = REGION_SNOMED[region];
  return {
    ...(laterality
      ? {
          extension: [
            {
              url: LATERALITY_EXTENSION,
              valueCoding: {
                system: SNOMED,
                code: LATERALITY_SNOMED[laterality][0],
                display: LATERALITY_SNOMED[laterality][1],
              },
            },
          ],
        }
      : {}),
    coding: [
      { system: localSystem("body-region"), code: region },
      ...(snomed ? [{ system: SNOMED, code: snomed[0], display: snomed[1] }] : []),
    ],
    text: laterality ? `${region} (${laterality})` : region,
  };
}

/** The session's notes and pieces: sensitive, only in an export that asks for them. */
export function sessionCompositionOf(
  session: Session,
  encounter: FhirResource,
  patient: FhirResource,
  author: FhirResource,
): FhirResource {
  const sections = [
    section("Check-in", session.checkIn),
    section("Narrative", session.narrative),
    section("Pieces", session.pieces.map(describePiece).join("\n")),
    section("Insights", session.insights),
    section("Integration", session.integration),
  ].filter((s) => s !== null);
  return {
    resourceType: "Composition",
    id: `${session.id}-notes`,
    meta: { security: SENSITIVE_SECURITY },
    extension: record({
      checkIn: session.checkIn,
      narrative: session.narrative,
      insights: session.insights,
      integration: session.integration,
      pieces: session.pieces.map(pieceInputOf),
    }),
    status: session.status === "signed" ? "final" : "preliminary",
    type: {
      coding: [{ system: localSystem("document-type"), code: "session-notes" }],
      text: "CST/SER session notes",
    },
    subject: ref(patient),
    encounter: ref(encounter),
    date: session.date,
    author: [ref(author)],
    title: `Session ${session.number}, ${session.date}`,
    confidentiality: "R",
    ...(sections.length ? { section: sections } : {}),
  };
}

/** Life events, characters, threads and shared reflections: sensitive, like the session notes. */
export function processCompositionOf(
  rec: ClientRecord,
  patient: FhirResource,
  author: FhirResource,
): FhirResource {
  const sections = [
    section(
      "Holistic factors",
      [rec.client.holisticFactors.personal, rec.client.holisticFactors.environmental]
        .filter(Boolean)
        .join("\n"),
    ),
    section(
      "Life events",
      rec.lifeEvents
        .map((e) => `${e.date ?? (e.age !== null ? `age ${e.age}` : "")} ${e.title}`.trim())
        .join("\n"),
    ),
    section(
      "Characters",
      rec.characters
        .map((c) => `${c.label} (${c.aspect})${c.description ? `: ${c.description}` : ""}`)
        .join("\n"),
    ),
    section("Threads", rec.threads.map((t) => `${t.name} (${t.status})`).join("\n")),
    section("Reflections", rec.reflections.map((r) => `${r.date}: ${r.text}`).join("\n")),
  ].filter((s) => s !== null);
  return {
    resourceType: "Composition",
    id: `${rec.client.id}-process`,
    meta: { security: SENSITIVE_SECURITY },
    extension: record({
      holisticFactors: rec.client.holisticFactors,
      lifeEvents: rec.lifeEvents.map((e) => ({ age: e.age, date: e.date, title: e.title, notes: e.notes })),
      characters: rec.characters.map((c) => ({
        id: c.id,
        label: c.label,
        aspect: c.aspect,
        description: c.description,
      })),
      threads: rec.threads.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        status: t.status,
      })),
      reflections: rec.reflections.map((r) => ({
        date: r.date,
        text: r.text,
        sharedWithPractitioner: r.sharedWithPractitioner,
        pieces: r.pieces.map(pieceInputOf),
      })),
    }),
    status: "final",
    type: {
      coding: [{ system: localSystem("document-type"), code: "process-record" }],
      text: "SER process record",
    },
    subject: ref(patient),
    date: latestDate(rec),
    author: [ref(author)],
    title: `Process record of ${rec.client.name}`,
    confidentiality: "R",
    ...(sections.length ? { section: sections } : {}),
  };
}

export function questionnaireResponseOf(
  response: MeasureResponse,
  patient: FhirResource,
  author: FhirResource | null,
): FhirResource {
  const def = getInstrument(response.instrument);
  return {
    resourceType: "QuestionnaireResponse",
    id: response.id,
    extension: record({
      instrument: response.instrument,
      instrumentVersion: response.instrumentVersion,
      date: response.date,
      answers: response.answers,
      labels: response.labels,
      followUpNote: response.followUp?.note ?? null,
    }),
    questionnaire: `${TESSERA_FHIR}/Questionnaire/${response.instrument}|${response.instrumentVersion}`,
    status: "completed",
    subject: ref(patient),
    authored: response.date,
    ...(author ? { author: ref(author) } : {}),
    item: response.answers.map((answer, i) => {
      const loinc = def?.items[i]?.loinc ?? null;
      return {
        linkId: String(i + 1),
        ...(def?.items[i]?.text ? { text: def.items[i]!.text } : {}),
        ...(answer !== null ? { answer: [{ valueInteger: answer }] } : {}),
        ...(loinc ? { definition: `${LOINC}/${loinc}` } : {}),
      };
    }),
  };
}

/** The score as an Observation derived from its response, when the response has a total. */
export function observationOf(
  response: MeasureResponse,
  qr: FhirResource,
  patient: FhirResource,
): FhirResource | null {
  const def = getInstrument(response.instrument);
  if (!def || def.version !== response.instrumentVersion) return null;
  const score = scoreResponse(response.instrument, response.answers);
  if (score.total === null) return null;
  const loinc = def.loinc.total;
  return {
    resourceType: "Observation",
    id: `${response.id}-score`,
    status: "final",
    category: [
      {
        coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" }],
      },
    ],
    code: {
      coding: [
        loinc
          ? { system: LOINC, code: loinc, display: `${def.shortTitle} total score` }
          : { system: localSystem("measure-total"), code: def.id },
      ],
      text: `${def.shortTitle} total score`,
    },
    subject: ref(patient),
    effectiveDateTime: response.date,
    ...(Number.isInteger(score.total)
      ? { valueInteger: score.total }
      : { valueQuantity: { value: score.total, unit: "score" } }),
    ...(score.band
      ? {
          interpretation: [
            { coding: [{ system: localSystem(`${def.id}-band`), code: slug(score.band) }], text: score.band },
          ],
        }
      : {}),
    derivedFrom: [ref(qr)],
  };
}

export function consentOf(consent: Consent, patient: FhirResource, organization: FhirResource): FhirResource {
  const scope = CONSENT_SCOPE[consent.purpose] ?? "patient-privacy";
  return {
    resourceType: "Consent",
    id: consent.id,
    extension: record({
      purpose: consent.purpose,
      granted: consent.granted,
      date: consent.date,
      notes: consent.notes,
      withdrawn: consent.withdrawnAt !== null,
    }),
    status: consent.withdrawnAt ? "inactive" : "active",
    scope: {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: scope }],
      text: consent.purpose,
    },
    category: [{ coding: [{ system: LOINC, code: "59284-0", display: "Patient Consent" }] }],
    patient: ref(patient),
    dateTime: consent.date,
    organization: [ref(organization)],
    policyRule: { text: `Tessera consent for ${consent.purpose}` },
    provision: {
      type: consent.granted ? "permit" : "deny",
      ...(consent.withdrawnAt ? { period: { start: consent.date, end: consent.withdrawnAt } } : {}),
    },
  };
}

function section(title: string, text: string) {
  if (text.trim() === "") return null;
  const lines = text
    .split("\n")
    .map((l) => `<p>${escapeXml(l)}</p>`)
    .join("");
  return {
    title,
    text: { status: "generated", div: `<div xmlns="http://www.w3.org/1999/xhtml">${lines}</div>` },
  };
}

function describePiece(p: Piece): string {
  const where = p.regions.length
    ? ` [${p.regions.join(", ")}${p.laterality ? `, ${p.laterality}` : ""}]`
    : "";
  return `${p.kind}: ${p.text}${where}`;
}

function pieceInputOf(p: Piece) {
  const {
    id: _id,
    practiceId: _p,
    clientId: _c,
    sessionId: _s,
    reflectionId: _r,
    position: _pos,
    createdAt: _at,
    ...input
  } = p;
  return input;
}

function latestDate(rec: ClientRecord): string {
  const dates = [...rec.sessions.map((s) => s.date), ...rec.reflections.map((r) => r.date)].sort();
  return dates.at(-1) ?? rec.client.createdAt;
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
