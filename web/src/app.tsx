// The app: first-run setup, login, then the practitioner workspace under the router.
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { api, type Me } from "./api/tessera-api";
import { ApiError, dropEarly } from "./api/http";
// The client portal (issue 13)
import { invitationTokenIn } from "./portal/invitation-link";
import { LoginPage } from "./pages/login-page";
// Trust (issue 14): a one-time password reset link opens its own page.
import { ResetPasswordPage, resetTokenIn } from "./pages/reset-password-page";
import { AppRouter } from "./router/app-router";
import { queryClient } from "./router/query-client";
import { SignedInContext } from "./router/signed-in";

// Pages most loads never show are chunks of their own: a practitioner does not download the
// portal, a client not the workspace, and nobody the first-run setup after the first run.
const SetupPage = lazy(() => import("./pages/setup-page").then((m) => ({ default: m.SetupPage })));
const AcceptInvitationPage = lazy(() =>
  import("./portal/accept-invitation-page").then((m) => ({ default: m.AcceptInvitationPage })),
);
const PortalApp = lazy(() => import("./portal/portal-app").then((m) => ({ default: m.PortalApp })));

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
  } finally {
    // Early answers (boot.ts) not taken by now are not handed out later.
    dropEarly();
  }
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Suspense fallback={<p className="page-status">Opening Tessera…</p>}>
        <Shell />
      </Suspense>
    </QueryClientProvider>
  );
}

function Shell() {
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

  // An invitation link opens its own page, before any login (issue 13).
  const invitationToken = invitationTokenIn(window.location.hash);
  if (invitationToken)
    return <AcceptInvitationPage token={invitationToken} onDone={(me) => setAuth({ state: "in", me })} />;

  const resetToken = resetTokenIn(window.location.hash);
  if (resetToken) return <ResetPasswordPage token={resetToken} onDone={() => setAuth({ state: "login" })} />;

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
  const logout = async () => {
    try {
      await api.logout();
    } finally {
      queryClient.clear();
      onLogout();
    }
  };
  // A client login gets the portal, not the workspace (issue 13).
  if (me.user.role === "client") return <PortalApp me={me} onLogout={() => void logout()} />;
  return (
    <SignedInContext.Provider value={{ me, logout }}>
      <AppRouter />
    </SignedInContext.Provider>
  );
}
