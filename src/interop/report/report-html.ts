// The progress report as one printable HTML page (self-contained, print styles, no script),
// with the same sections and the same body figure as the PDF.
import { REGION_POINTS } from "./body-figure";
import { asQuotation, REPORT_SECTIONS, type ReportModel, type ReportSectionId } from "./report-model";

export function renderReportHtml(m: ReportModel): string {
  const body = m.sections
    .map((id) => `<section><h2>${title(id)}</h2>${SECTIONS[id](m)}</section>`)
    .join("\n");
  const facts = [
    m.dateOfBirth ? `born ${m.dateOfBirth}` : "",
    m.period ? `sessions ${m.period.from} to ${m.period.to}` : "",
    `${m.practiceName}, ${m.generatedOn}`,
  ]
    .filter(Boolean)
    .map(esc)
    .join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(`${m.title}: ${m.clientName}`)}</title>
<style>
body{font:11pt/1.45 system-ui,sans-serif;color:#222;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{color:#2f6f73;margin-bottom:.2rem}h2{color:#2f6f73;font-size:1.15rem;margin-top:1.6rem}
.muted{color:#666}li{margin:.15rem 0}section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none}@page{size:A4;margin:2cm}}
</style></head><body>
<h1>${esc(m.title)}</h1><p><strong>${esc(m.clientName)}</strong><br><span class="muted">${facts}</span></p>
<p class="muted"><small>Confidential: health information of the person named above.</small></p>
${body}
</body></html>
`;
}

const title = (id: ReportSectionId) => REPORT_SECTIONS.find((s) => s.id === id)!.title;
const list = (items: string[], what: string) =>
  items.length
    ? `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`
    : `<p class="muted">No ${what} recorded.</p>`;

const SECTIONS: Record<ReportSectionId, (m: ReportModel) => string> = {
  sessions: (m) =>
    list(
      m.sessions.map(
        (s) =>
          `<strong>${esc(s.date)} Session ${s.number}</strong> (${s.minutes} min) ${esc(s.techniques.join(", "))}`,
      ),
      "sessions",
    ),
  scores: (m) =>
    list(
      m.scores.map(
        (s) =>
          `<strong>${esc(s.date)} ${esc(s.instrument)}</strong> ${s.total === null ? "incomplete" : `${s.total}${s.range ? ` (of ${s.range})` : ""}`}${s.band ? `, ${esc(s.band)}` : ""}`,
      ),
      "questionnaires",
    ),
  "body-map": (m) => {
    const max = Math.max(1, ...m.regions.map((r) => r.count));
    const dots = m.regions
      .map(({ region, count }) => {
        const [x, y] = REGION_POINTS[region];
        return `<circle cx="${x}" cy="${y}" r="${(2 + (5 * count) / max).toFixed(1)}" fill="#2f6f73" fill-opacity=".55"><title>${esc(region)}: ${count}</title></circle>`;
      })
      .join("");
    const figure = `<svg viewBox="0 0 100 200" width="160" role="img" aria-label="body map"><g fill="none" stroke="#9aa5a6"><circle cx="50" cy="15" r="11"/><path d="M50 26V40M32 44L14 102M68 44L86 102M42 106V192M58 106V192"/><rect x="32" y="40" width="36" height="66" rx="5"/></g>${dots}</svg>`;
    return `<div style="display:flex;gap:2rem">${figure}${list(
      m.regions.map((r) => `${esc(r.region)}: ${r.count}`),
      "places in the body",
    )}</div>`;
  },
  threads: (m) =>
    list(
      m.threads.map((t) => `<strong>${esc(t.name)}</strong> (${esc(t.status)}) ${esc(t.description)}`),
      "threads",
    ),
  characters: (m) =>
    list(
      m.characters.map(
        (c) =>
          `<strong>${esc(c.label)}</strong> (${esc(c.aspect)}) ${esc(c.description)}${c.messages.length ? `<ul>${c.messages.map((x) => `<li class="muted">${esc(x.date)}: ${esc(asQuotation(x.text))}</li>`).join("")}</ul>` : ""}`,
      ),
      "characters",
    ),
  life: (m) =>
    list(
      m.life.map((e) => `<strong>${esc(e.when || "undated")}</strong> ${esc(e.title)} ${esc(e.notes)}`),
      "life events",
    ),
  narratives: (m) =>
    m.narratives
      .map(
        (n) =>
          `<h3>Session ${n.number}, ${esc(n.date)}</h3><p>${esc(n.narrative)}</p>${n.insights ? `<p class="muted">Insights: ${esc(n.insights)}</p>` : ""}`,
      )
      .join(""),
  consents: (m) =>
    list(
      m.consents.map((c) => `<strong>${esc(c.date)}</strong> ${esc(c.purpose)}: ${esc(c.state)}`),
      "consents",
    ),
  reflections: (m) =>
    list(
      m.reflections.map(
        (r) =>
          `<strong>${esc(r.date)}</strong> ${esc(r.text)}${r.shared ? "" : ' <span class="muted">(not shared)</span>'}`,
      ),
      "reflections",
    ),
};

function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
