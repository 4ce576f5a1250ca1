// The client's portal, made for a phone first: one column of sections, most used first.
import { useRef } from "react";
import type { Me } from "../api/tessera-api";
import { PortalConsents } from "./portal-consents";
import { PortalDownload } from "./portal-download";
import { PortalQuestionnaires } from "./portal-questionnaires";
import { PortalRecordAccess } from "./portal-record-access";
import { PortalReflections } from "./portal-reflections";
import { PortalShared } from "./portal-shared";
import "./portal.css";

export function PortalApp({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const main = useRef<HTMLElement>(null);
  const clientId = me.user.clientId;
  return (
    <div className="portal">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="portal-bar">
        <span className="wordmark">Tessera</span>
        <span className="portal-bar__practice">{me.practice.name}</span>
        <button type="button" className="button--quiet button--small" onClick={onLogout}>
          Log out
        </button>
      </header>
      <main className="portal-main" id="main" ref={main} tabIndex={-1}>
        <h1>Hello, {me.user.name.split(/\s+/)[0]}</h1>
        {clientId === null ? (
          <p className="notice notice--error">This login has no client record.</p>
        ) : (
          <>
            <PortalQuestionnaires clientId={clientId} />
            <PortalReflections clientId={clientId} />
            <PortalShared clientId={clientId} />
            <PortalConsents clientId={clientId} />
            <PortalRecordAccess clientId={clientId} />
            <PortalDownload clientId={clientId} />
          </>
        )}
      </main>
    </div>
  );
}
