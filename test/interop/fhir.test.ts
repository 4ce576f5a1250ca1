import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exportClientBundle,
  exportPracticeBundle,
  type FhirBundle,
} from "../../src/interop/fhir/export-fhir";
import { fhirSchemaProblems } from "../../src/interop/fhir/fhir-schema";
import { importBundle } from "../../src/interop/fhir/import-fhir";
import type { SystemStore } from "../../src/store/store";
import { storeTargets } from "../support/databases";
import { makePractice } from "../store/fixtures";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "./practice-fixture";

const [sqlite, postgres] = storeTargets() as [
  ReturnType<typeof storeTargets>[0],
  ReturnType<typeof storeTargets>[0],
];
let source: SystemStore;
let practice: RichPractice;

beforeAll(async () => {
  source = await sqlite.open();
  practice = await makeRichPractice(source);
});
afterAll(async () => {
  await source.close();
});

const types = (b: FhirBundle) => b.entry.map((e) => e.resource.resourceType);
// Resources are read by their FHIR paths here; typing every path would only repeat the schema.
const ofType = (b: FhirBundle, type: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  b.entry.map((e) => e.resource).filter((r) => r.resourceType === type) as Record<string, any>[];

/** Ids and record-keeping timestamps aside: every id by order of first appearance, every ISO timestamp masked. */
function normalise(bundle: FhirBundle): unknown {
  const ids = new Map<string, string>();
  const text = JSON.stringify({ ...bundle, timestamp: "" })
    // Store ids: UUIDv7 (before issue 16) or 20 characters of base32hex (src/store/new-id.ts).
    .replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-z])[0-9a-v]{20}(?![0-9a-z])/g,
      (id) => {
        if (!ids.has(id)) ids.set(id, `id${ids.size}`);
        return ids.get(id)!;
      },
    )
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>");
  return JSON.parse(text);
}

describe("FHIR R4 export", () => {
  it("every exported resource, and the Bundle, validates against the R4 JSON schema", async () => {
    const bundle = await exportPracticeBundle(source, practice.operator, { includeSensitive: true });
    expect(new Set(types(bundle))).toEqual(
      new Set([
        "Organization",
        "Practitioner",
        "Patient",
        "Condition",
        "EpisodeOfCare",
        "Encounter",
        "Procedure",
        "Composition",
        "QuestionnaireResponse",
        "Observation",
        "Consent",
      ]),
    );
    for (const { resource } of bundle.entry) {
      expect(fhirSchemaProblems(resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
    }
    expect(fhirSchemaProblems(bundle)).toEqual([]);
  });

  it("the schema check catches what R4 does not allow", () => {
    expect(fhirSchemaProblems({ resourceType: "Patient", birthDate: "17 May 1984" } as never)).not.toEqual(
      [],
    );
    expect(fhirSchemaProblems({ resourceType: "Patient", pronouns: "she" } as never)).not.toEqual([]);
    expect(fhirSchemaProblems({ resourceType: "Session" } as never)).toEqual([
      "resourceType: Session is not an R4 resource type",
    ]);
  });

  it("leaves the SER notes out unless asked, and labels them restricted when included", async () => {
    const plain = await exportClientBundle(source, practice.operator, practice.maraId, {
      includeSensitive: false,
    });
    expect(types(plain)).not.toContain("Composition");
    expect(JSON.stringify(plain)).not.toContain(UNIQUE_WORD);
    expect(JSON.stringify(plain)).not.toContain("little girl");
    expect(JSON.stringify(plain)).not.toContain("sleeps badly");

    const full = await exportClientBundle(source, practice.operator, practice.maraId, {
      includeSensitive: true,
    });
    const compositions = ofType(full, "Composition");
    expect(compositions.length).toBe(3);
    for (const c of compositions) {
      expect(c.meta.security.map((s: { code: string }) => s.code)).toEqual(["R", "PSYTHPN"]);
    }
    expect(JSON.stringify(compositions)).toContain(UNIQUE_WORD);
  });

  it("maps sessions, techniques, scores and consents as clinical-reference §2 says", async () => {
    const bundle = await exportClientBundle(source, practice.operator, practice.maraId, {
      includeSensitive: false,
    });
    const [first] = ofType(bundle, "Encounter");
    expect(first).toMatchObject({
      status: "finished",
      class: { code: "AMB" },
      period: { start: "2024-01-10" },
    });
    expect(first!.participant[0].individual.reference).toBe(
      `Practitioner/${practice.practitionerCaller.userId}`,
    );
    expect(first!.reasonReference).toHaveLength(2);

    const tmj = ofType(bundle, "Procedure").find((p) => p.code.text === "TMJ decompression")!;
    expect(tmj.encounter.reference).toBe(`Encounter/${first!.id}`);
    expect(tmj.bodySite[0].coding).toContainEqual({
      system: "http://snomed.info/sct",
      code: "661005",
      display: "Jaw region",
    });
    expect(tmj.bodySite[0].extension[0].valueCoding.code).toBe("7771000");

    const phq = ofType(bundle, "Observation").find((o) => o.code.coding[0].code === "44261-6")!;
    expect(phq).toMatchObject({ valueInteger: 10, interpretation: [{ text: "moderate" }] });
    expect(phq.derivedFrom[0].reference).toMatch(/^QuestionnaireResponse\//);
    expect(ofType(bundle, "Observation").map((o) => o.code.coding[0].code)).toContain("70274-6");

    expect(ofType(bundle, "Consent").map((c) => [c.scope.coding[0].code, c.status])).toEqual([
      ["treatment", "active"],
      ["research", "inactive"],
    ]);
  });

  it.each([
    ["a PostgreSQL", postgres],
    ["an SQLite", sqlite],
  ])(
    "import into an empty practice in %s store round-trips: export → import → export is equal, ids aside",
    async (_name, target) => {
      if (target.skip) return;
      const exported = await exportPracticeBundle(source, practice.operator, { includeSensitive: true });
      const empty = await target.open();
      try {
        const there = await makePractice(empty, "Still Point Practice");
        const summary = await importBundle(
          empty,
          { ...there.adminCaller, wholePractice: true },
          JSON.parse(JSON.stringify(exported)),
        );
        expect(summary).toMatchObject({ clients: 2, sessions: 4 });
        expect(summary.accountsAdded.length).toBe(2);
        const again = await exportPracticeBundle(
          empty,
          { ...there.adminCaller, wholePractice: true },
          { includeSensitive: true },
        );
        expect(normalise(again)).toEqual(normalise(exported));
      } finally {
        await empty.close();
      }
    },
  );

  it("refuses a bundle that is not valid R4, or not from Tessera, before writing anything", async () => {
    const empty = await sqlite.open();
    try {
      const there = await makePractice(empty);
      const bad = {
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { resourceType: "Patient", birthDate: "x" } }],
      };
      await expect(importBundle(empty, { ...there.adminCaller, wholePractice: true }, bad)).rejects.toThrow(
        /does not validate/,
      );
      const foreign = {
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { resourceType: "Patient", id: "p1" } }],
      };
      await expect(
        importBundle(empty, { ...there.adminCaller, wholePractice: true }, foreign),
      ).rejects.toThrow(/not a Tessera export/);
      expect(await there.admin.listClients()).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
