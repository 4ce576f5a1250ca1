// The progress report as a PDF (pdfkit, A4), one section after another in the order the
// practitioner sees them on screen. DejaVu Sans is embedded (subset) rather than the standard
// Helvetica, whose WinAnsi encoding has no Polish, Greek or Cyrillic letters.
import { createRequire } from "node:module";
import type PDFDocument from "pdfkit";
import { REGION_POINTS } from "./body-figure";
import { asQuotation, REPORT_SECTIONS, type ReportModel, type ReportSectionId } from "./report-model";

const MARGIN = 56;
const INK = "#222222";
const MUTED = "#666666";
const ACCENT = "#2f6f73";

const REGULAR = "DejaVu";
const BOLD = "DejaVu-Bold";
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  // Loaded on the first PDF, not at start: pdfkit and the font code it loads are about 280 ms of a cold start.
  const { default: PDFKit } = await import("pdfkit");
  const doc = new PDFKit({
    size: "A4",
    margin: MARGIN,
    info: { Title: `${model.title}: ${model.clientName}`, Author: model.practiceName, Creator: "Tessera" },
  });
  doc.registerFont(REGULAR, fontFile("DejaVuSans.ttf"));
  doc.registerFont(BOLD, fontFile("DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.fillColor(ACCENT).font(BOLD).fontSize(20).text(model.title);
  doc.moveDown(0.3).fillColor(INK).font(REGULAR).fontSize(12).text(model.clientName);
  const facts = [
    model.dateOfBirth ? `born ${model.dateOfBirth}` : null,
    model.period ? `sessions ${model.period.from} to ${model.period.to}` : "no sessions yet",
    `${model.practiceName}, ${model.generatedOn}`,
  ].filter(Boolean);
  doc.fillColor(MUTED).fontSize(9).text(facts.join(" · "));
  doc
    .moveDown(0.5)
    .fillColor(MUTED)
    .fontSize(8)
    .text("Confidential: health information of the person named above.");

  for (const id of model.sections) SECTION_RENDERERS[id](doc, model);
  doc.end();
  return done;
}

type Doc = InstanceType<typeof PDFDocument>;

/** A section's title, on a new page when less than `room` points are left (no title alone at a page's foot). */
function heading(doc: Doc, id: ReportSectionId, room = 160) {
  if (doc.y > doc.page.height - room) doc.addPage();
  doc.moveDown(1.2).fillColor(ACCENT).font(BOLD).fontSize(14);
  doc.text(REPORT_SECTIONS.find((s) => s.id === id)!.title, MARGIN);
  doc.moveDown(0.3).fillColor(INK).font(REGULAR).fontSize(10);
}

function line(doc: Doc, bold: string, rest = "") {
  doc.font(BOLD).text(bold, { continued: rest !== "" });
  if (rest) doc.font(REGULAR).text(` ${rest}`);
  else doc.font(REGULAR);
}

const none = (doc: Doc, what: string) => doc.fillColor(MUTED).text(`No ${what} recorded.`).fillColor(INK);

const SECTION_RENDERERS: Record<ReportSectionId, (doc: Doc, m: ReportModel) => void> = {
  sessions(doc, m) {
    heading(doc, "sessions");
    if (!m.sessions.length) return none(doc, "sessions");
    for (const s of m.sessions) {
      const kinds = Object.entries(s.kinds)
        .map(([k, n]) => `${k.replace("_", " ")} ${n}`)
        .join(", ");
      line(
        doc,
        `${s.date}  Session ${s.number}`,
        `(${s.minutes} min) ${s.techniques.join(", ") || "no technique recorded"}`,
      );
      if (kinds) doc.fillColor(MUTED).text(`   pieces: ${kinds}`).fillColor(INK);
    }
  },
  scores(doc, m) {
    heading(doc, "scores");
    if (!m.scores.length) return none(doc, "questionnaires");
    for (const s of m.scores) {
      const total = s.total === null ? "incomplete" : `${s.total}${s.range ? ` (of ${s.range})` : ""}`;
      line(doc, `${s.date}  ${s.instrument}`, `${total}${s.band ? `, ${s.band}` : ""}`);
    }
  },
  "body-map"(doc, m) {
    const scale = 1.2;
    heading(doc, "body-map", m.regions.length ? 200 * scale + 120 : 160);
    if (!m.regions.length) return none(doc, "places in the body");
    const left = MARGIN + 10;
    const top = doc.y + 6;
    drawFigure(doc, left, top, scale);
    const max = Math.max(...m.regions.map((r) => r.count));
    for (const { region, count } of m.regions) {
      const [x, y] = REGION_POINTS[region];
      doc
        .circle(left + x * scale, top + y * scale, 3 + (7 * count) / max)
        .fillOpacity(0.55)
        .fill(ACCENT);
    }
    doc.fillOpacity(1).fillColor(INK);
    let y = top;
    for (const { region, count } of m.regions) {
      doc.text(`${region.replace("-", " ")}: ${count}`, left + 110 * scale, y);
      y += 14;
    }
    doc.x = MARGIN;
    doc.y = Math.max(y, top + 200 * scale) + 8;
  },
  threads(doc, m) {
    heading(doc, "threads");
    if (!m.threads.length) return none(doc, "threads");
    for (const t of m.threads) {
      const where = t.sessions.length
        ? `, session${t.sessions.length > 1 ? "s" : ""} ${t.sessions.join(", ")}`
        : "";
      line(doc, t.name, `(${t.status}${where})`);
      if (t.description) doc.fillColor(MUTED).text(`   ${t.description}`).fillColor(INK);
    }
  },
  characters(doc, m) {
    heading(doc, "characters");
    if (!m.characters.length) return none(doc, "characters");
    for (const c of m.characters) {
      line(doc, c.label, `(${c.aspect})${c.description ? ` ${c.description}` : ""}`);
      for (const msg of c.messages)
        doc
          .fillColor(MUTED)
          .text(`   ${msg.date}: ${asQuotation(msg.text)}`)
          .fillColor(INK);
    }
  },
  life(doc, m) {
    heading(doc, "life");
    if (!m.life.length) return none(doc, "life events");
    for (const e of m.life) line(doc, e.when || "undated", `${e.title}${e.notes ? `: ${e.notes}` : ""}`);
  },
  narratives(doc, m) {
    heading(doc, "narratives");
    if (!m.narratives.length) return none(doc, "sessions");
    for (const n of m.narratives) {
      line(doc, `Session ${n.number}, ${n.date}`);
      if (n.narrative) doc.text(n.narrative);
      if (n.insights) doc.fillColor(MUTED).text(`Insights: ${n.insights}`).fillColor(INK);
      doc.moveDown(0.4);
    }
  },
  consents(doc, m) {
    heading(doc, "consents");
    if (!m.consents.length) return none(doc, "consents");
    for (const c of m.consents) line(doc, c.date, `${c.purpose}: ${c.state}`);
  },
  reflections(doc, m) {
    heading(doc, "reflections");
    if (!m.reflections.length) return none(doc, "reflections");
    for (const r of m.reflections) {
      line(doc, r.date, r.shared ? "" : "(not shared)");
      doc.text(r.text);
      doc.moveDown(0.4);
    }
  },
};

/** A plain front-view outline in the 100 × 200 box of REGION_POINTS. */
function drawFigure(doc: Doc, left: number, top: number, s: number) {
  const p = (x: number, y: number): [number, number] => [left + x * s, top + y * s];
  doc.save().lineWidth(1).strokeColor("#9aa5a6");
  doc.circle(...p(50, 15), 11 * s).stroke();
  doc
    .moveTo(...p(50, 26))
    .lineTo(...p(50, 40))
    .stroke();
  doc.roundedRect(...p(32, 40), 36 * s, 66 * s, 8).stroke();
  doc
    .moveTo(...p(32, 44))
    .lineTo(...p(14, 102))
    .stroke();
  doc
    .moveTo(...p(68, 44))
    .lineTo(...p(86, 102))
    .stroke();
  doc
    .moveTo(...p(42, 106))
    .lineTo(...p(42, 192))
    .stroke();
  doc
    .moveTo(...p(58, 106))
    .lineTo(...p(58, 192))
    .stroke();
  doc.restore();
}
