// The chart's data as a table: every response of one instrument with its total, band, change from
// the previous response and what else it says (incomplete, flags and their follow-up).
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

export function ResponseTable({
  instrument,
  items,
}: {
  instrument: Instrument;
  items: readonly TimelineItem[];
}) {
  const decimals = instrument.total.decimals;
  return (
    <table className="table measure-table" aria-label={`${instrument.shortTitle} responses`}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col" className="num">
            Total
          </th>
          <th scope="col">Band</th>
          <th scope="col">Change from previous</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const { response, score, change } = item;
          const notes = [
            score && score.total === null ? `Incomplete: ${itemList(score.missingItems)} unanswered` : "",
            score === null ? "Cannot be scored with this version" : "",
            ...scoreFindings(instrument, score),
            subscaleScores(instrument, score),
            profileLabels(response.labels),
            ...raisedFlags(instrument, response).map(
              (f) =>
                `${flagSummary(f)}: ${
                  response.followUp
                    ? `followed up on ${formatDate(localDay(response.followUp.at))}`
                    : "awaiting follow-up"
                }`,
            ),
          ].filter(Boolean);
          return (
            <tr key={response.id} data-response-id={response.id}>
              <td>{formatDate(response.date)}</td>
              <td className="num">{score?.total != null ? formatTotal(score.total, decimals) : "—"}</td>
              <td>{score?.band ?? "—"}</td>
              <td>
                {change.fromPrevious
                  ? `${formatDifference(change.fromPrevious.difference, decimals)} · ${changeVerdict(change.fromPrevious, instrument)}`
                  : "—"}
              </td>
              <td className="measure-table__notes">
                {notes.map((n, i) => (
                  <span key={i}>{n}</span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
