import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientReport } from "../../src/interop/report/client-report";
import { REPORT_SECTIONS } from "../../src/interop/report/report-model";
import type { SystemStore } from "../../src/store/store";
import { storeTargets } from "../support/databases";
import { makeRichPractice, UNIQUE_WORD, type RichPractice } from "./practice-fixture";

/** Where the rendered pages are left for a person to look at (TESSERA_REPORT_PAGES to keep them elsewhere). */
const PAGES = process.env.TESSERA_REPORT_PAGES || join(tmpdir(), `tessera-report-pages-${process.pid}`);
let store: SystemStore;
let practice: RichPractice;

beforeAll(async () => {
  store = await storeTargets()[0]!.open();
  practice = await makeRichPractice(store);
  mkdirSync(PAGES, { recursive: true });
});
afterAll(() => store.close());

function render(pdf: Buffer, name: string) {
  const file = join(PAGES, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "60", file, join(PAGES, name)]);
  const pngs = readdirSync(PAGES).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pngs: pngs.map((f) => readFileSync(join(PAGES, f))), text };
}

describe("client progress report", () => {
  it("renders the default sections as a PDF whose pages pdftoppm draws, without the sensitive ones", async () => {
    const pdf = await clientReport(store, practice.operator, practice.maraId, { format: "pdf" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pngs, text } = render(pdf, "default");
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    for (const png of pngs) expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(text).toContain("Progress report");
    expect(text).toContain("Mara Lind");
    expect(text).toContain("Session 1");
    expect(text).toMatch(/PHQ-9\s+10 \(of 0–27\), moderate/);
    expect(text).toContain("Body map");
    expect(text).not.toContain("Characters and their messages");
    expect(text).not.toContain(UNIQUE_WORD);
    expect(text).not.toContain("hold on tight");
  });

  it("includes every section the practitioner chooses, sensitive ones too", async () => {
    const sections = REPORT_SECTIONS.map((s) => s.id);
    const pdf = await clientReport(store, practice.operator, practice.maraId, { format: "pdf", sections });
    const { pngs, text } = render(pdf, "all-sections");
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    for (const s of REPORT_SECTIONS) expect(text).toContain(s.title);
    expect(text).toContain("hold on tight");
    expect(text).toContain("The fall");
    expect(text).toContain("Fell from a swing");
    expect(text).toContain(UNIQUE_WORD);
  });

  it("renders the same report as a printable HTML page", async () => {
    const html = (
      await clientReport(store, practice.operator, practice.maraId, { format: "html" })
    ).toString();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).toContain("<svg");
    expect(html).not.toContain(UNIQUE_WORD);
  });
});
