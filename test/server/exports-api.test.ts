// Exports, reports, the client's own copy and erasure over HTTP, on both stores: status, content
// type and file name, the content itself (the FHIR bundle against the R4 schema, PDF pages
// through pdftoppm, the CSV's header and rows), who may ask (care team, another practice, a
// client asking for someone else), and an erasure that removes the client and leaves an audit
// record without content.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PIECE_CSV_COLUMNS } from "../../src/interop/csv/pieces-csv";
import { fhirSchemaProblems } from "../../src/interop/fhir/fhir-schema";
import { buildApp } from "../../src/server/app";
import type { App } from "../../src/server/app-types";
import { hashPassword } from "../../src/server/auth/passwords";
import { openStore, type StoreConfig } from "../../src/store/open-store";
import type { SystemStore } from "../../src/store/store";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "../interop/practice-fixture";
import { describeEachStore } from "../store/each-store";
import { addPractice, sessionCookie } from "./api-harness";

const PASSWORD = "a quiet harbour at dawn";
const folder = mkdtempSync(join(tmpdir(), "tessera-exports-api-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function pdfText(body: Buffer, name: string): { pages: number; text: string } {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, body);
  execFileSync("pdftoppm", ["-png", "-r", "40", file, join(folder, name)]);
  const pages = readdirSync(folder).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
  for (const p of pages) expect(readFileSync(join(folder, p)).subarray(1, 4).toString()).toBe("PNG");
  return { pages: pages.length, text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }) };
}

// Resources are read by their FHIR paths here; typing every path would only repeat the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bundle = { resourceType: string; entry: { resource: Record<string, any> }[] };
function expectValidBundle(res: LightMyRequestResponse): Bundle {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
  const bundle = res.json() as Bundle;
  expect(bundle.resourceType).toBe("Bundle");
  expect(fhirSchemaProblems(bundle as never)).toEqual([]);
  for (const { resource } of bundle.entry)
    expect(fhirSchemaProblems(resource as never), `${resource.resourceType}/${resource.id}`).toEqual([]);
  return bundle;
}
const patients = (b: Bundle) =>
  b.entry.filter((e) => e.resource.resourceType === "Patient").map((e) => e.resource.name[0].text);

describeEachStore("exports, reports and erasure API", (target) => {
  let config: StoreConfig;
  let dispose: () => Promise<void>;
  let system: SystemStore;
  let app: App;
  let practice: RichPractice;
  const cookies = { admin: "", practitioner: "", mara: "", dan: "", stranger: "" };

  const get = (url: string, cookie: string) =>
    app.inject({ method: "GET", url, headers: { "x-tessera-request": "1", cookie } });
  const post = (url: string, body: object, cookie: string) =>
    app.inject({ method: "POST", url, payload: body, headers: { "x-tessera-request": "1", cookie } });
  async function login(email: string): Promise<string> {
    const res = await post("/api/auth/login", { email, password: PASSWORD }, "");
    expect(res.statusCode, res.body).toBe(200);
    return sessionCookie(res);
  }
  async function clientLoginFor(clientId: string, email: string): Promise<string> {
    await system.createUser(practice.practiceId, {
      name: email,
      email,
      role: "client",
      clientId,
      passwordHash: await hashPassword(PASSWORD),
    });
    return login(email);
  }

  beforeAll(async () => {
    ({ config, dispose } = await target.openConfig());
    system = await openStore(config);
    await system.migrate();
    practice = await makeRichPractice(system);
    app = await buildApp({ system, storeConfig: config });
    // The fixture's staff get a real password, so they log in over HTTP.
    const hash = await hashPassword(PASSWORD);
    for (const [who, caller] of [
      ["admin", practice.adminCaller],
      ["practitioner", practice.practitionerCaller],
    ] as const) {
      await system.changePassword(caller.userId, hash);
      cookies[who] = await login((await system.getUser(caller.userId))!.email);
    }
    cookies.mara = await clientLoginFor(practice.maraId, "mara.client@example.org");
    cookies.dan = await clientLoginFor(practice.danId, "dan.client@example.org");
    await addPractice(system, "Elsewhere Practice", "someone@elsewhere.example", PASSWORD);
    cookies.stranger = await login("someone@elsewhere.example");
  });
  afterAll(async () => {
    await app?.close();
    await system?.close();
    await dispose?.();
  });

  it("exports a client as a FHIR Bundle that validates, the SER notes only when asked for, audited as an export", async () => {
    const plain = await get(`/api/clients/${practice.maraId}/export/fhir`, cookies.practitioner);
    const bundle = expectValidBundle(plain);
    expect(plain.headers["content-disposition"]).toMatch(
      /^attachment; filename="tessera-mara-lind-fhir-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(patients(bundle)).toEqual(["Mara Lind"]);
    expect(plain.body).not.toContain(UNIQUE_WORD);
    const withNotes = await get(
      `/api/clients/${practice.maraId}/export/fhir?sensitive=true`,
      cookies.practitioner,
    );
    expect(expectValidBundle(withNotes).entry.some((e) => e.resource.resourceType === "Composition")).toBe(
      true,
    );
    expect(withNotes.body).toContain(UNIQUE_WORD);
    const audit = await practice.admin.listAudit({ clientId: practice.maraId, limit: 50 });
    expect(audit.some((a) => a.action === "export" && a.userId === practice.practitionerCaller.userId)).toBe(
      true,
    );
  });

  it("exports a client as Tessera JSON and their pieces as CSV, one row per piece", async () => {
    const json = await get(`/api/clients/${practice.maraId}/export/json`, cookies.practitioner);
    expect(json.statusCode).toBe(200);
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(json.headers["content-disposition"]).toMatch(/attachment; filename="tessera-mara-lind-tessera-/);
    const body = json.json();
    expect(body).toMatchObject({
      format: "tessera-export",
      version: 1,
      practice: { name: "Still Point Practice" },
    });
    expect(body.clients[0].client.name).toBe("Mara Lind");
    expect(body.clients[0].sessions.length).toBe(2);

    const csv = await get(`/api/clients/${practice.maraId}/export/pieces.csv`, cookies.practitioner);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toMatch(/filename="tessera-mara-lind-pieces-[\d-]+\.csv"/);
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe(PIECE_CSV_COLUMNS.join(","));
    // Six pieces of the two sessions and one of the shared reflection.
    expect(lines.length - 1).toBe(7);
    expect(lines.filter((l) => l.includes(",session,")).length).toBe(6);
    expect(lines.some((l) => l.includes("hold on tight"))).toBe(true);
  });

  it("renders the progress report as a PDF and a printable page, sensitive sections only when named", async () => {
    const pdf = await get(`/api/clients/${practice.maraId}/report.pdf`, cookies.practitioner);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toMatch(/^attachment; filename="tessera-mara-lind-report-/);
    const plain = pdfText(pdf.rawPayload, `default-${target.name}`);
    expect(plain.pages).toBeGreaterThanOrEqual(1);
    expect(plain.text).toContain("Mara Lind");
    expect(plain.text).toContain("Body map");
    expect(plain.text).not.toContain(UNIQUE_WORD);
    expect(plain.text).not.toContain("hold on tight");

    const chosen = await get(
      `/api/clients/${practice.maraId}/report.pdf?sections=narratives,characters,reflections`,
      cookies.practitioner,
    );
    const full = pdfText(chosen.rawPayload, `chosen-${target.name}`);
    expect(full.text).toContain(UNIQUE_WORD);
    expect(full.text).toContain("hold on tight");
    expect(full.text).toContain("I dreamt of the swing again.");
    expect(full.text).not.toContain("Body map");

    const html = await get(
      `/api/clients/${practice.maraId}/report.html?sections=sessions,scores`,
      cookies.practitioner,
    );
    expect(html.statusCode).toBe(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.headers["content-disposition"]).toMatch(/^inline; /);
    expect(html.body).toContain("@media print");
    expect(html.body).toContain("PHQ-9");
    expect(html.body).not.toContain(UNIQUE_WORD);

    const unknown = await get(
      `/api/clients/${practice.maraId}/report.pdf?sections=sessions,diary`,
      cookies.practitioner,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe("sections");
  });

  it("answers 404 for another practice's client and for a client outside the caller's care team", async () => {
    for (const path of ["export/fhir", "export/json", "export/pieces.csv", "report.pdf", "report.html"]) {
      expect((await get(`/api/clients/${practice.maraId}/${path}`, cookies.stranger)).statusCode, path).toBe(
        404,
      );
      // The administrator is on Dan's care team, not Mara's.
      expect((await get(`/api/clients/${practice.maraId}/${path}`, cookies.admin)).statusCode, path).toBe(
        404,
      );
    }
  });

  it("exports the whole practice as one FHIR Bundle for an administrator only", async () => {
    const res = await get("/api/practice/export/fhir", cookies.admin);
    const bundle = expectValidBundle(res);
    expect(patients(bundle).sort()).toEqual(["Dan Okafor", "Mara Lind"]);
    expect(res.headers["content-disposition"]).toMatch(/filename="tessera-still-point-practice-fhir-/);
    expect((await get("/api/practice/export/fhir", cookies.practitioner)).statusCode).toBe(403);
    expect((await get("/api/practice/export/fhir", cookies.mara)).statusCode).toBe(403);
    expect((await get("/api/practice/export/fhir", cookies.stranger)).statusCode).toBe(403);
    const organizations = bundle.entry.filter((e) => e.resource.resourceType === "Organization");
    expect(organizations.map((o) => o.resource.name)).toEqual(["Still Point Practice"]);
  });

  it("gives a signed-in client their own whole record as a PDF, a page and FHIR, and no one else's", async () => {
    const fhir = await get(`/api/clients/${practice.maraId}/own-record.fhir.json`, cookies.mara);
    const bundle = expectValidBundle(fhir);
    expect(patients(bundle)).toEqual(["Mara Lind"]);
    // Their own copy holds the SER notes too.
    expect(fhir.body).toContain(UNIQUE_WORD);

    const pdf = await get(`/api/clients/${practice.maraId}/own-record.pdf`, cookies.mara);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const { pages, text } = pdfText(pdf.rawPayload, `own-${target.name}`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Your record");
    expect(text).toContain(UNIQUE_WORD);
    expect(text).toContain("I dreamt of the swing again.");

    const html = await get(`/api/clients/${practice.maraId}/own-record.html`, cookies.mara);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain("Your record");

    for (const path of ["own-record.fhir.json", "own-record.pdf", "own-record.html"]) {
      // Someone else's record is not there for a client; staff take their copy through the export.
      expect((await get(`/api/clients/${practice.danId}/${path}`, cookies.mara)).statusCode, path).toBe(404);
      expect((await get(`/api/clients/${practice.maraId}/${path}`, cookies.practitioner)).statusCode).toBe(
        403,
      );
      expect((await get(`/api/clients/${practice.maraId}/${path}`, cookies.stranger)).statusCode).toBe(404);
    }
    // The practitioner's exports are not the client's to call.
    const staffExport = await get(`/api/clients/${practice.maraId}/export/fhir`, cookies.mara);
    expect([403, 404]).toContain(staffExport.statusCode);
  });

  it("erases a client only for an administrator who types the name, from the live store, leaving an audit record without content", async () => {
    const url = `/api/clients/${practice.maraId}/erasure`;
    expect((await post(url, { confirmation: "Mara Lind" }, cookies.practitioner)).statusCode).toBe(403);
    expect((await post(url, { confirmation: "Mara Lind" }, cookies.stranger)).statusCode).toBe(404);
    // The administrator manages the care team without reading the record; then erases.
    await practice.admin.addCareTeamMember(practice.maraId, practice.adminCaller.userId);
    const wrong = await post(url, { confirmation: "Mara" }, cookies.admin);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe("confirmation");
    expect((await get(`/api/clients/${practice.maraId}`, cookies.admin)).statusCode).toBe(200);

    const erased = await post(url, { confirmation: " Mara Lind " }, cookies.admin);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().clientId).toBe(practice.maraId);
    expect(erased.json().recordsDeleted).toBeGreaterThan(10);

    expect((await get(`/api/clients/${practice.maraId}`, cookies.admin)).statusCode).toBe(404);
    expect((await get(`/api/clients/${practice.maraId}`, cookies.practitioner)).statusCode).toBe(404);
    // Her portal login went with her.
    expect((await get("/api/auth/me", cookies.mara)).statusCode).toBe(401);
    const search = await get(`/api/search?q=${UNIQUE_WORD}`, cookies.practitioner);
    expect(search.json().items).toEqual([]);
    // Dan is untouched.
    expect(
      (await get(`/api/clients/${practice.danId}/export/json`, cookies.admin)).json().clients[0].sessions
        .length,
    ).toBe(2);

    const audit = await get(`/api/audit?clientId=${practice.maraId}&limit=1000`, cookies.admin);
    const records = audit.json().items as { action: string; resourceType: string; userId: string }[];
    expect(records[0]).toMatchObject({
      action: "delete",
      resourceType: "client",
      userId: practice.adminCaller.userId,
    });
    expect(audit.body).not.toContain(UNIQUE_WORD);
    expect(audit.body).not.toContain("Mara Lind");

    if (target.name === "sqlite") {
      for (const f of ["tessera.db", "tessera.db-wal"].map((n) => join(config.dataDir, n)).filter(existsSync))
        expect(readFileSync(f).includes(UNIQUE_WORD), f).toBe(false);
    }
  });
});
