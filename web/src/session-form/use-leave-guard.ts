// Leaving a form with changes not yet in the record asks first: a link or Back inside the app
// (the router's blocker) and closing or reloading the tab (beforeunload).
import { useEffect } from "react";
import { useBlocker, type Blocker } from "react-router";

export function useLeaveGuard(dirty: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  return blocker;
}
