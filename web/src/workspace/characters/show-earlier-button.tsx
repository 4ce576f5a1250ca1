// The button under (or above) a list read a page at a time: how many earlier items are left,
// and "Loading…" while the next page comes.
import type { useEarlierPages } from "./use-earlier-pages";

export function ShowEarlierButton({
  earlier,
  what,
}: {
  earlier: Pick<ReturnType<typeof useEarlierPages>, "remaining" | "busy" | "more">;
  /** The items, plural: "messages", "reflections". */
  what: string;
}) {
  if (earlier.remaining <= 0) return null;
  return (
    <button
      type="button"
      className="button--quiet button--small"
      disabled={earlier.busy}
      onClick={() => void earlier.more()}
    >
      {earlier.busy ? "Loading…" : `Show earlier ${what} (${earlier.remaining} more)`}
    </button>
  );
}
