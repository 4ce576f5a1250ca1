// What one response says, in words: date, total and band (or why there is none), the change since
// the previous response, the flags it raised and their follow-up. Shown in the chart's tooltip.
import type { Instrument, TimelineItem } from "../api/tessera-api";
import { formatDate } from "../vocabulary-labels";
import {
  changeVerdict,
  flagSummary,
  formatDifference,
  formatTotal,
  itemList,
  localDay,
  profileLabels,
  raisedFlags,
  scoreFindings,
  subscaleScores,
} from "./measure-text";

export function PointDetails({ instrument, item }: { instrument: Instrument; item: TimelineItem }) {
  const { response, score, change } = item;
  const decimals = instrument.total.decimals;
  const labels = profileLabels(response.labels);
  return (
    <div className="point-details">
      <strong>{formatDate(response.date)}</strong>
      {score === null ? (
        <span>Tessera cannot score this version of the questionnaire.</span>
      ) : score.total === null ? (
        <span>Incomplete: {itemList(score.missingItems)} unanswered, so no total</span>
      ) : (
        <span>
          Total <b>{formatTotal(score.total, decimals)}</b>
          {score.band && ` · ${score.band}`}
        </span>
      )}
      {change.fromPrevious && (
        <span className="point-details__change">
          {formatDifference(change.fromPrevious.difference, decimals)} since{" "}
          {formatDate(change.fromPrevious.date)}: {changeVerdict(change.fromPrevious, instrument)}
        </span>
      )}
      {scoreFindings(instrument, score).map((f) => (
        <span key={f} className="point-details__muted">
          {f}
        </span>
      ))}
      {subscaleScores(instrument, score) && (
        <span className="point-details__muted">{subscaleScores(instrument, score)}</span>
      )}
      {labels && <span className="point-details__muted">{labels}</span>}
      {raisedFlags(instrument, response).map((f) => (
        <span key={f.id} className="point-details__flag">
          {flagSummary(f)} —{" "}
          {response.followUp
            ? `followed up on ${formatDate(localDay(response.followUp.at))}`
            : "awaiting follow-up"}
        </span>
      ))}
    </div>
  );
}
