// The search box of the top bar; "/" anywhere outside a field focuses it.
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";

export function TopSearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form
      role="search"
      className="topbar__search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = input.current?.value.trim();
        if (q) navigate(`/search?${new URLSearchParams({ q }).toString()}`);
      }}
    >
      <label htmlFor="top-search" className="visually-hidden">
        Search the practice (press /)
      </label>
      <input id="top-search" ref={input} type="search" placeholder="Search  /" aria-keyshortcuts="/" />
    </form>
  );
}
