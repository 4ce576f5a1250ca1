// Leaving a form with changes not yet in the record asks first: a click on a link inside the app
// (caught before the address changes: links here are plain hash links, whose navigation the router
// could not undo), a navigation through the router (its blocker), and closing or reloading the tab
// (beforeunload).
import { useEffect, useState } from "react";
import { useBlocker } from "react-router";

export interface LeaveGuard {
  asking: boolean;
  leave(): void;
  stay(): void;
}

export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const [pendingHref, setPendingHref] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]");
      const href = link?.getAttribute("href");
      if (!href?.startsWith("#/") || href === window.location.hash) return;
      e.preventDefault();
      setPendingHref(href);
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  return {
    asking: pendingHref !== null || blocker.state === "blocked",
    leave() {
      if (pendingHref) {
        setPendingHref(null);
        window.location.hash = pendingHref;
      } else blocker.proceed?.();
    },
    stay() {
      setPendingHref(null);
      blocker.reset?.();
    },
  };
}
