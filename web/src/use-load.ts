// Loads data for a page and reloads it on demand; an answer for an older request is dropped.
import { useCallback, useEffect, useEffectEvent, useState } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

interface State<T> {
  data: T | undefined;
  error: unknown;
  /** Which request (deps and reload count) the state answers. */
  settled: string | null;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<State<T>>({ data: undefined, error: undefined, settled: null });
  const [version, setVersion] = useState(0);
  const request = JSON.stringify([...deps, version]);
  const run = useEffectEvent(load);

  useEffect(() => {
    let live = true;
    run().then(
      (data) => live && setState({ data, error: undefined, settled: request }),
      (error: unknown) => live && setState((s) => ({ ...s, error, settled: request })),
    );
    return () => {
      live = false;
    };
  }, [request]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => setState((s) => ({ ...s, data: update(s.data) })),
    [],
  );
  return { data: state.data, error: state.error, loading: state.settled !== request, reload, setData };
}
