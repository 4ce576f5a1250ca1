// Earlier items of a list whose latest page the view already holds (a character's messages, a
// thread's pieces): each call to `more` reads the page just before what is shown and puts it in
// front, until the first item is reached.
import { useState } from "react";

export const EARLIER_PAGE = 20;

export function useEarlierPages<T>(
  firstOffset: number,
  read: (page: { offset: number; limit: number }) => Promise<{ offset: number; items: T[] }>,
) {
  const [earlier, setEarlier] = useState<T[]>([]);
  const [offset, setOffset] = useState(firstOffset);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const more = async () => {
    const from = Math.max(0, offset - EARLIER_PAGE);
    setBusy(true);
    setProblem(null);
    try {
      const page = await read({ offset: from, limit: offset - from });
      setEarlier((shown) => [...page.items, ...shown]);
      setOffset(page.offset);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return { earlier, remaining: offset, busy, problem, more };
}
