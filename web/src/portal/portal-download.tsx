// "Download my record": the client's own copy of everything the practice holds about them
// (GDPR Art. 15 and 20), to read, print or keep, and as FHIR to take to another practitioner.
import { api } from "../api/tessera-api";

export function PortalDownload({ clientId }: { clientId: string }) {
  return (
    <section className="card stack portal-section" aria-labelledby="download-title">
      <h2 id="download-title">Download my record</h2>
      <p className="muted small">
        A copy of everything your practitioner keeps about you: sessions, what came up in them, your
        reflections, questionnaires and consents. Taking it is noted in the record's audit trail.
      </p>
      <div className="actions">
        <a className="button button--primary" href={api.ownRecordPdfHref(clientId)} download>
          Download PDF
        </a>
        <a
          className="button button--secondary"
          href={api.ownRecordHtmlHref(clientId)}
          target="_blank"
          rel="noopener"
        >
          Read or print
        </a>
        <a className="button button--secondary" href={api.ownRecordFhirHref(clientId)} download>
          FHIR JSON
        </a>
      </div>
      <p className="muted small">
        FHIR is the file other health programs read, if you move to another practitioner.
      </p>
    </section>
  );
}
