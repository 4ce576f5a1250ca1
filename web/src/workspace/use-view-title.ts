// The browser tab names the view, so history and screen readers say where the user is.
import { useEffect } from "react";

export function useViewTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Tessera`;
  }, [title]);
}
