// One instrument the client has answered: its chart (or the same data as a table), a legend, the
// change since the baseline in words, and the safety flags it raised with their follow-up.
import { useState } from "react";
import type { SessionRef } from "../../../src/domain";
import type { Instrument, TimelineItem } from "../api/tessera-api";
import { formatDate } from "../vocabulary-labels";
import {
  changeVerdict,
  flagSummary,
  formatTotal,
  isNotableChange,
  localDay,
  pointsPhrase,
  profileLabels,
  raisedFlags,
} from "./measure-text";
import { ResponseTable } from "./response-table";
import { ScoreChart } from "./score-chart";

export function InstrumentCard(props: {
  instrument: Instrument;
  items: readonly TimelineItem[];
  sessions: readonly SessionRef[];
}) {
  const { instrument, items, sessions } = props;
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = `measure-${instrument.id}-title`;
  const incomplete = items.some((i) => i.score?.total == null);
  const flagged = items.filter((i) => i.response.flags.length > 0);
  // The client's own names for what a symptom profile measures, as last given.
  const named = profileLabels(
    [...items].reverse().find((i) => i.response.labels.length > 0)?.response.labels ?? [],
  );
  return (
    <section className="measure-card" aria-labelledby={headingId} data-instrument={instrument.id}>
      <div className="measure-card__head">
        <div>
          <h3 id={headingId}>
            {instrument.shortTitle} <span className="measure-card__measures">· {instrument.measures}</span>
          </h3>
          <p className="muted small">
            {items.length} {items.length === 1 ? "response" : "responses"} · total {instrument.total.min}–
            {instrument.total.max}, {instrument.higherIsBetter ? "higher is better" : "lower is better"}
          </p>
          {named && <p className="measure-card__named">{named}</p>}
        </div>
        <div className="segmented" role="group" aria-label={`Show ${instrument.shortTitle} as`}>
          <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
            Chart
          </button>
          <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
            Table
          </button>
        </div>
      </div>

      {view === "chart" ? (
        <>
          <ScoreChart instrument={instrument} items={items} sessions={sessions} />
          <ChartLegend
            improved={items.some(
              (i) =>
                isNotableChange(i.change.fromPrevious) && i.change.fromPrevious!.direction === "improved",
            )}
            worsened={items.some(
              (i) =>
                isNotableChange(i.change.fromPrevious) && i.change.fromPrevious!.direction === "worsened",
            )}
            notable={
              instrument.reliableChange ? "reliable" : (instrument.meaningfulChange?.label ?? "reliable")
            }
            incomplete={incomplete}
            flagged={flagged.length > 0}
            sessions={sessions.length > 0}
          />
        </>
      ) : (
        <ResponseTable instrument={instrument} items={items} />
      )}

      <p className="measure-card__caption">{baselineCaption(instrument, items)}</p>
      <p className="muted small">{reliableChangeNote(instrument)}</p>

      {flagged.length > 0 && (
        <ul className="measure-card__flags">
          {flagged.flatMap((item) =>
            raisedFlags(instrument, item.response).map((f) => (
              <li key={`${item.response.id}-${f.id}`} data-response-id={item.response.id}>
                {flagSummary(f)} on {formatDate(item.response.date)}:{" "}
                {item.response.followUp ? (
                  <span className="measure-card__followed">
                    followed up on {formatDate(localDay(item.response.followUp.at))}
                    <span className="muted"> — {item.response.followUp.note}</span>
                  </span>
                ) : (
                  <strong>awaiting follow-up</strong>
                )}
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
}

/** Keys only for the marks this chart shows. */
function ChartLegend(props: {
  improved: boolean;
  worsened: boolean;
  /** What a coloured change is: "reliable", or the symptom profile's "clinically significant". */
  notable: string;
  incomplete: boolean;
  flagged: boolean;
  sessions: boolean;
}) {
  return (
    <ul className="chart-legend" aria-label="Chart legend">
      <li>
        <span className="chart-legend__dot" aria-hidden="true" /> response (total)
      </li>
      {props.improved && (
        <li>
          <span className="chart-legend__line chart-legend__line--improved" aria-hidden="true" />{" "}
          {props.notable} improvement
        </li>
      )}
      {props.worsened && (
        <li>
          <span className="chart-legend__line chart-legend__line--worsened" aria-hidden="true" />{" "}
          {props.notable} worsening
        </li>
      )}
      {props.incomplete && (
        <li>
          <span className="chart-legend__dot chart-legend__dot--hollow" aria-hidden="true" /> incomplete, no
          total
        </li>
      )}
      {props.flagged && (
        <li>
          <span className="chart-legend__dot chart-legend__dot--ring" aria-hidden="true" /> raised a safety
          flag
        </li>
      )}
      {props.sessions && (
        <li>
          <span className="chart-legend__tick" aria-hidden="true" /> session (number)
        </li>
      )}
    </ul>
  );
}

function baselineCaption(instrument: Instrument, items: readonly TimelineItem[]): string {
  const decimals = instrument.total.decimals;
  const complete = items.filter((i) => i.score?.total != null);
  const first = complete[0];
  const last = complete[complete.length - 1];
  if (!first || !last) return "No complete response yet, so there is no total to compare.";
  const describe = (i: TimelineItem) =>
    `${formatTotal(i.score!.total!, decimals)}${i.score!.band ? ` (${i.score!.band})` : ""}`;
  const change = last.change.fromBaseline;
  if (!change || first === last) {
    return `Baseline ${describe(first)} on ${formatDate(first.response.date)}; later responses are compared with it.`;
  }
  return (
    `Since the baseline: ${describe(first)} on ${formatDate(first.response.date)} → ${describe(last)} on ` +
    `${formatDate(last.response.date)}, ${pointsPhrase(change, decimals)} — ${changeVerdict(change, instrument)}.`
  );
}

/** The change figures in words: reliable, the named larger figure, and Jacobson–Truax recovery. */
function reliableChangeNote(instrument: Instrument): string {
  const decimals = instrument.total.decimals;
  const size = (fig: { threshold: number; comparison: ">=" | ">" }) => {
    const pts = `${formatTotal(fig.threshold, decimals)} ${fig.threshold === 1 ? "point" : "points"}`;
    return fig.comparison === ">" ? `more than ${pts}` : `${pts} or more`;
  };
  const unverified = " (a figure from the literature not yet verified at its source)";
  const rc = instrument.reliableChange;
  const mc = instrument.meaningfulChange;
  const cs = instrument.clinicalSignificance;
  const parts: string[] = [];
  if (rc) parts.push(`A change counts as reliable at ${size(rc)}${rc.verified ? "" : unverified}.`);
  if (mc) parts.push(`A change of ${size(mc)} is ${mc.label}${mc.verified ? "" : unverified}.`);
  if (!rc && !mc)
    parts.push(
      `${instrument.shortTitle} has no published reliable-change figure, so changes are not judged.`,
    );
  if (cs) {
    const range = cs.clinicalRange === "at-least" ? `${cs.cutOff} or more` : `${cs.cutOff} or less`;
    parts.push(
      `A reliable improvement from the clinical range (${range}) to below it counts as recovered (Jacobson–Truax).`,
    );
  }
  return parts.join(" ");
}
