// The signed-in frame: skip link, top bar, and the page the address names. After a navigation the
// focus moves to the page's main region, so a keyboard or screen-reader user starts at the new page.
// On a phone the top bar is one row (the name and a Menu button); the links and search open under it.
import { useEffect, useRef, useState } from "react";
import { NavLink, Outlet, ScrollRestoration, useLocation } from "react-router";
import { TopSearchBox } from "../practice/search/top-search-box";
import { hrefFor } from "../routing";
import { useSignedIn } from "./signed-in";

export function WorkspaceShell() {
  const { me, logout } = useSignedIn();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // The phone's menu is open for the address it was opened at: a link chosen from it closes it.
  const [menuAt, setMenuAt] = useState<string | null>(null);
  const menuOpen = menuAt === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // A hash link would change the route; move the focus instead.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <a className="wordmark" href={hrefFor.clients()}>
            Tessera
          </a>
          <span className="topbar__practice">{me.practice.name}</span>
          {/* Shown on a phone only (CSS); on wider screens the menu's contents sit in the bar. */}
          <button
            type="button"
            ref={menuButton}
            className="button--quiet topbar__menu-button"
            aria-expanded={menuOpen}
            aria-controls="topbar-menu"
            onClick={() => setMenuAt(menuOpen ? null : pathname)}
          >
            Menu
          </button>
          <div
            id="topbar-menu"
            className={`topbar__menu${menuOpen ? " topbar__menu--open" : ""}`}
            onKeyDown={(e) => {
              if (e.key !== "Escape" || !menuOpen) return;
              setMenuAt(null);
              menuButton.current?.focus();
            }}
          >
            <nav className="topbar__nav" aria-label="Main">
              <NavLink to="/home">Home</NavLink>
              <NavLink to="/clients">Clients</NavLink>
              <NavLink to="/search">Search</NavLink>
              {me.user.role === "admin" && <NavLink to="/audit">Audit</NavLink>}
              {me.user.role === "admin" && <NavLink to="/accounts">Accounts</NavLink>}
              {me.user.role === "admin" && <NavLink to="/settings">Settings</NavLink>}
            </nav>
            <TopSearchBox />
            <NavLink className="topbar__user" to="/two-factor" title="Your second factor">
              {me.user.name}
            </NavLink>
            <button type="button" className="button--quiet" onClick={() => void logout()}>
              Log out
            </button>
          </div>
        </div>
      </header>
      <main className="page" id="main" ref={main} tabIndex={-1}>
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
          <Outlet />
        )}
      </main>
      <ScrollRestoration />
    </>
  );
}
