// What the API scored a just-recorded response as: total and band, or incomplete, and any flag.
import type { Instrument, ScoredResponse } from "../api/tessera-api";
import { formatDate } from "../vocabulary-labels";
import {
  flagSummary,
  formatTotal,
  itemList,
  raisedFlags,
  scoreFindings,
  subscaleScores,
  URGENCY_LABEL,
} from "./measure-text";

export function SavedScore(props: {
  instrument: Instrument | undefined;
  saved: ScoredResponse;
  onClose: () => void;
}) {
  const { response, score } = props.saved;
  const name = props.instrument?.shortTitle ?? response.instrument;
  const decimals = props.instrument?.total.decimals ?? 0;
  const flags = raisedFlags(props.instrument, response);
  return (
    <div className="saved-score" role="status" data-response-id={response.id}>
      <div className="saved-score__body">
        <p>
          <strong>
            {name} of {formatDate(response.date)} saved.
          </strong>{" "}
          {score === null ? (
            "Tessera cannot score it."
          ) : score.total === null ? (
            <span className="saved-score__result" data-complete="false">
              Incomplete: {itemList(score.missingItems)} unanswered, so there is no total or band.
            </span>
          ) : (
            <span className="saved-score__result" data-complete="true">
              Total <b>{formatTotal(score.total, decimals)}</b>
              {score.band ? (
                <>
                  {" "}
                  — <b>{score.band}</b>
                </>
              ) : null}
              .
            </span>
          )}
        </p>
        {props.instrument && score && (
          <>
            {subscaleScores(props.instrument, score) && (
              <p className="saved-score__clusters">{subscaleScores(props.instrument, score)}</p>
            )}
            {scoreFindings(props.instrument, score).map((f) => (
              <p key={f} className="saved-score__finding">
                {f[0]!.toUpperCase() + f.slice(1)}.
              </p>
            ))}
          </>
        )}
        {flags.map((f) => (
          <p key={f.id} className="saved-score__flag" data-flag={f.id} data-urgency={f.urgency ?? undefined}>
            {f.urgency && <strong>{URGENCY_LABEL[f.urgency]}. </strong>}
            {flagSummary(f)}: this raises a flag for you to follow up, whatever the total; it is shown at the
            top of the page until you record the follow-up. {f.followUp}
          </p>
        ))}
      </div>
      <button
        type="button"
        className="button--quiet button--small"
        onClick={props.onClose}
        aria-label="Close"
      >
        ×
      </button>
    </div>
  );
}
