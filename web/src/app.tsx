// The shell: first-run setup, login, then the practitioner workspace.
import { useEffect, useState } from "react";
import { api, type Me } from "./api/tessera-api";
import { ApiError } from "./api/http";
import { SetupPage } from "./pages/setup-page";
import { LoginPage } from "./pages/login-page";
import { ClientListPage } from "./pages/client-list-page";
import { ClientPage } from "./pages/client-page";
import { SessionPage } from "./pages/session-page";
import { hrefFor, useRoute } from "./routing";

type Auth =
  | { state: "loading" }
  | { state: "setup" }
  | { state: "login" }
  | { state: "in"; me: Me; expired?: boolean }
  | { state: "down"; message: string };

async function resolveAuth(): Promise<Auth> {
  try {
    if ((await api.getSetupStatus()).needsSetup) return { state: "setup" };
    return { state: "in", me: await api.me() };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return { state: "login" };
    return { state: "down", message: err instanceof Error ? err.message : "Tessera cannot be reached." };
  }
}

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void resolveAuth().then((a) => live && setAuth(a));
    return () => {
      live = false;
    };
  }, [attempt]);
  const check = () => setAttempt((n) => n + 1);

  // A call that finds the login gone (expired, logged out elsewhere) asks to log in again over the
  // workspace, which stays as it was: a half-written session note is not lost.
  useEffect(() => {
    const onUnauthenticated = () =>
      setAuth((a) => (a.state === "in" ? { ...a, expired: true } : { state: "login" }));
    window.addEventListener("tessera:unauthenticated", onUnauthenticated);
    return () => window.removeEventListener("tessera:unauthenticated", onUnauthenticated);
  }, []);

  switch (auth.state) {
    case "loading":
      return <p className="page-status">Opening Tessera…</p>;
    case "down":
      return (
        <main className="narrow">
          <h1>Tessera</h1>
          <p className="notice notice--error">{auth.message}</p>
          <button type="button" onClick={check}>
            Try again
          </button>
        </main>
      );
    case "setup":
      return <SetupPage onDone={(me) => setAuth({ state: "in", me })} />;
    case "login":
      return <LoginPage onDone={(me) => setAuth({ state: "in", me })} />;
    case "in":
      return (
        <>
          <div inert={auth.expired}>
            <Workspace me={auth.me} onLogout={() => setAuth({ state: "login" })} />
          </div>
          {auth.expired && (
            <LoginPage
              again
              onDone={(me) => {
                // Someone else logging in here must not see the previous practitioner's screen.
                if (me.user.id !== auth.me.user.id) window.location.reload();
                else setAuth({ state: "in", me });
              }}
            />
          )}
        </>
      );
  }
}

function Workspace({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const route = useRoute();
  const logout = async () => {
    try {
      await api.logout();
    } finally {
      onLogout();
    }
  };
  return (
    <>
      <header className="topbar">
        <div className="topbar__inner">
          <a className="wordmark" href={hrefFor.clients()}>
            Tessera
          </a>
          <span className="topbar__practice">{me.practice.name}</span>
          <nav className="topbar__nav" aria-label="Main">
            <a href={hrefFor.clients()}>Clients</a>
          </nav>
          <span className="topbar__user">{me.user.name}</span>
          <button type="button" className="button--quiet" onClick={() => void logout()}>
            Log out
          </button>
        </div>
      </header>
      <main className="page">
        {me.user.role === "client" ? (
          // The workspace is for practitioners; the API refuses it to client logins. Say so plainly
          // rather than show pages that fail.
          <section className="narrow">
            <h1>Welcome, {me.user.name}</h1>
            <p>
              This is a client login. The client portal, where you will write reflections between sessions and
              answer questionnaires, is not part of this version of Tessera yet. Your practitioner keeps your
              record.
            </p>
          </section>
        ) : (
          <Pages route={route} />
        )}
      </main>
    </>
  );
}

function Pages({ route }: { route: ReturnType<typeof useRoute> }) {
  return (
    <>
      {route.page === "clients" && <ClientListPage />}
      {route.page === "client" && <ClientPage key={route.clientId} clientId={route.clientId} />}
      {route.page === "new-session" && (
        <SessionPage key={`new-${route.clientId}`} clientId={route.clientId} />
      )}
      {route.page === "session" && <SessionPage key={route.sessionId} sessionId={route.sessionId} />}
      {route.page === "not-found" && (
        <p>
          This page does not exist. <a href={hrefFor.clients()}>Back to the clients</a>
        </p>
      )}
    </>
  );
}
