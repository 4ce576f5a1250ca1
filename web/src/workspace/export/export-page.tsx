// "Export and report" in a client's workspace: the progress report with the sections the
// practitioner ticks (the sensitive ones unticked until chosen), the record as FHIR, Tessera JSON
// or a CSV of pieces, and for an administrator the erasure of the client.
import { useState } from "react";
import { useParams } from "react-router";
import { withQuery } from "../../api/http";
import { api } from "../../api/tessera-api";
import { useSignedIn } from "../../router/signed-in";
import { useClient } from "../use-view";
import { useViewTitle } from "../use-view-title";
import { EraseClient } from "./erase-client";
import { ReportSectionPicker, type SectionChoice, defaultChoice } from "./report-section-picker";
import "./export.css";

export function ExportPage() {
  const { clientId = "" } = useParams();
  useViewTitle("Export and report");
  const { me } = useSignedIn();
  const client = useClient(clientId);
  const [sections, setSections] = useState<SectionChoice>(defaultChoice);
  const [withNotes, setWithNotes] = useState(false);
  const chosen = Object.entries(sections)
    .filter(([, on]) => on)
    .map(([id]) => id)
    .join(",");
  const reportQuery = { sections: chosen };

  return (
    <div className="stack-lg export-page">
      <section className="card stack" aria-labelledby="report-title">
        <h2 id="report-title">Progress report</h2>
        <p className="muted small">
          Choose what the report shows. Sensitive sections hold the client's own words and SER content; they
          stay out unless you tick them.
        </p>
        <ReportSectionPicker value={sections} onChange={setSections} />
        <div className="actions export-actions">
          <a
            className="button button--primary"
            href={withQuery(api.clientReportHtmlHref(clientId), reportQuery)}
            target="_blank"
            rel="noopener"
          >
            Open printable page
          </a>
          <a
            className="button button--secondary"
            href={withQuery(api.clientReportPdfHref(clientId), reportQuery)}
            download
          >
            Download PDF
          </a>
        </div>
        {chosen === "" && (
          <p className="muted small">No section is ticked: the report holds only the heading.</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="export-title">
        <h2 id="export-title">Export the record</h2>
        <p className="muted small">
          For another practitioner, another program or a spreadsheet. Every export is recorded in the audit
          trail.
        </p>
        <label className="export-check">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
          <span>
            Include the SER notes in FHIR <span className="tag">sensitive</span>
            <span className="field__hint">
              {" "}
              narratives, pieces, characters, threads, life events, reflections
            </span>
          </span>
        </label>
        <div className="actions export-actions">
          <a
            className="button button--secondary"
            href={withQuery(api.exportClientFhirHref(clientId), {
              sensitive: withNotes ? "true" : undefined,
            })}
            download
          >
            FHIR R4 (JSON)
          </a>
          <a className="button button--secondary" href={api.exportClientJsonHref(clientId)} download>
            Tessera JSON
          </a>
          <a className="button button--secondary" href={api.exportClientPiecesCsvHref(clientId)} download>
            Pieces (CSV)
          </a>
        </div>
      </section>

      {me.user.role === "admin" && client.data && <EraseClient client={client.data} />}
    </div>
  );
}
