// Search across the practice: the words, then facets that narrow the hits (kind, region, emotion,
// character, client, date range). Every choice lives in the address, so a search can be linked to
// and Back returns to it. A hit opens the session at that piece.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import type { SearchView } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { LoadProblem } from "../../components/load-problem";
import { KIND_STYLE } from "../../process/kind-style";
import { hrefFor } from "../../routing";
import { formatDate } from "../../vocabulary-labels";
import { useViewTitle } from "../../workspace/use-view-title";
import { MarkedText } from "./marked-text";

const FACETS = [
  ["kind", "Kind"],
  ["region", "Region"],
  ["emotion", "Emotion"],
  ["character", "Character"],
  ["client", "Client"],
] as const;

export function SearchPage() {
  useViewTitle("Search");
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const query = {
    q,
    kind: params.get("kind") || undefined,
    region: params.get("region") || undefined,
    emotion: params.get("emotion") || undefined,
    character: params.get("character") || undefined,
    clientId: params.get("client") || undefined,
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
  };
  const result = useQuery({
    queryKey: ["practice-view", "search", query],
    queryFn: ({ signal }) => api.getSearchView(query as never, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <div className="stack-lg">
      <h1>Search</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const words = new FormData(e.currentTarget).get("q");
          setParams(words ? { q: String(words) } : {});
        }}
      >
        <label htmlFor="search-page-q" className="visually-hidden">
          Search words
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          key={q}
          placeholder="Words in notes, pieces, reflections"
        />
        <button type="submit" className="button--primary">
          Search
        </button>
      </form>
      {result.error && <LoadProblem error={result.error} onRetry={() => void result.refetch()} />}
      {q && result.data && (
        <div className="search-layout">
          <aside className="card stack-sm search-facets" aria-label="Narrow the results">
            {FACETS.map(([key, label]) => (
              <Facet
                key={key}
                label={label}
                name={key}
                options={result.data.facets[key]}
                value={params.get(key) ?? undefined}
                onChange={(v) => set(key, v)}
              />
            ))}
            <label className="filters__field">
              <span>From</span>
              <input type="date" value={query.from ?? ""} onChange={(e) => set("from", e.target.value)} />
            </label>
            <label className="filters__field">
              <span>To</span>
              <input type="date" value={query.to ?? ""} onChange={(e) => set("to", e.target.value)} />
            </label>
          </aside>
          <section aria-labelledby="search-results-title" className="stack-sm">
            <h2 id="search-results-title" aria-live="polite">
              {result.data.total} {result.data.total === 1 ? "result" : "results"} for “{q}”
            </h2>
            <ol className="search-hits">
              {result.data.hits.map((h, i) => (
                <li
                  key={`${h.pieceId ?? h.sessionId ?? h.reflectionId}-${i}`}
                  className="search-hit"
                  data-kind={h.kind ?? ""}
                >
                  <a href={hitHref(h)}>
                    {h.clientName}
                    {h.sessionNumber !== null
                      ? `, session ${h.sessionNumber}`
                      : h.reflectionId
                        ? ", reflection"
                        : ""}
                  </a>{" "}
                  <span className="muted small">
                    {formatDate(h.date)}
                    {h.kind && ` · ${KIND_STYLE[h.kind].label}`}
                  </span>
                  <p className="search-hit__snippet">
                    <MarkedText text={h.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}

function hitHref(h: SearchView["hits"][number]): string {
  if (h.sessionId && h.pieceId) return hrefFor.sessionPiece(h.sessionId, h.pieceId);
  if (h.sessionId) return hrefFor.session(h.sessionId);
  return hrefFor.contributions(h.clientId);
}

function Facet({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: SearchView["facets"]["kind"];
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  if (options.length === 0 && !value) return null;
  return (
    <label className="filters__field">
      <span>{label}</span>
      <select name={name} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {(name === "kind" ? KIND_STYLE[o.value as keyof typeof KIND_STYLE]?.label : o.label) ?? o.label} (
            {o.count})
          </option>
        ))}
      </select>
    </label>
  );
}
