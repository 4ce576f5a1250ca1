// The PDF embeds DejaVu Sans, so letters outside Latin-1 (Polish, Greek, Cyrillic) and
// typographic quotes and dashes come out as themselves, not as blanks or wrong glyphs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { REPORT_SECTIONS, type ReportModel } from "../../src/interop/report/report-model";
import { renderReportPdf } from "../../src/interop/report/report-pdf";

const folder = mkdtempSync(join(tmpdir(), "tessera-report-unicode-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const WORDS = {
  name: "Zofia Łukasiewicz-Żółć",
  greek: "Ελένη είπε: «κράτα σφιχτά»",
  cyrillic: "Наталья: держись крепче",
  quotes: "“hold on” — she said, ‘softly’ – then…",
};

function modelWith(): ReportModel {
  return {
    title: "Progress report",
    clientName: WORDS.name,
    dateOfBirth: "1984-05-17",
    practiceName: "Gabinet Ciszy — Kraków",
    generatedOn: "2026-12-01",
    period: { from: "2024-01-10", to: "2024-01-10" },
    sections: REPORT_SECTIONS.map((s) => s.id),
    sessions: [{ number: 1, date: "2024-01-10", minutes: 60, techniques: ["CV4"], kinds: { message: 2 } }],
    scores: [],
    regions: [{ region: "jaw", count: 1 }],
    threads: [{ name: "Upadek — żuchwa", status: "open", description: WORDS.quotes, sessions: [1] }],
    characters: [
      {
        label: "dziewczynka",
        aspect: "child",
        description: "",
        messages: [
          { date: "2024-01-10", text: WORDS.greek },
          { date: "2024-01-10", text: WORDS.cyrillic },
        ],
      },
    ],
    life: [],
    consents: [{ purpose: "treatment", date: "2024-01-10", state: "given" }],
    narratives: [{ number: 1, date: "2024-01-10", narrative: WORDS.quotes, insights: "" }],
    reflections: [{ date: "2024-01-12", text: "Śniła mi się huśtawka.", shared: true }],
  };
}

it("keeps Polish, Greek, Cyrillic, curly quotes and dashes in the PDF's text, and pdftoppm draws its pages", async () => {
  const file = join(folder, "unicode.pdf");
  writeFileSync(file, await renderReportPdf(modelWith()));
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const words of [...Object.values(WORDS), "Gabinet Ciszy — Kraków", "Śniła mi się huśtawka."])
    expect(text).toContain(words);
  const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
  expect(fonts).toContain("DejaVuSans");
  expect(fonts).not.toContain("Helvetica");
  execFileSync("pdftoppm", ["-png", "-r", "50", file, join(folder, "page")]);
  expect(readdirSync(folder).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(1);
});
