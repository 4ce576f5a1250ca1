// What the API scored a just-recorded response as: total and band, or incomplete, and any flag.
import type { Instrument, ScoredResponse } from "../api/tessera-api";
import { formatDate } from "../vocabulary-labels";
import { formatTotal, itemList, raisedFlags } from "./measure-text";

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
        {flags.map((f) => (
          <p key={f.id} className="saved-score__flag">
            Item {f.item} was answered “{f.answer}”. This raises a safety flag for you to follow up, whatever
            the total; it is shown at the top of the page until you record the follow-up.
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
