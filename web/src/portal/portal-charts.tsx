// The client's own score charts, for the questionnaires the practitioner chose to show them.
import type { Instrument } from "../api/tessera-api";
import { ScoreChart } from "../measures/score-chart";
import { api } from "../api/tessera-api";
import { useLoad } from "../use-load";

export function PortalCharts(props: {
  clientId: string;
  shared: readonly string[];
  instruments: readonly Instrument[];
}) {
  const timeline = useLoad(
    () => api.listMeasureResponses(props.clientId).then((r) => r.items),
    [props.clientId],
  );
  const shown = props.instruments.filter((i) => props.shared.includes(i.id));
  if (shown.length === 0 || !timeline.data) return null;
  return (
    <div className="stack portal-charts">
      {shown.map((instrument) => {
        const items = timeline.data!.filter((t) => t.response.instrument === instrument.id);
        if (items.length === 0) return null;
        return (
          <div key={instrument.id} className="stack-sm" data-instrument={instrument.id}>
            <h3>Your {instrument.shortTitle} over time</h3>
            <ScoreChart instrument={instrument} items={items} sessions={[]} />
          </div>
        );
      })}
    </div>
  );
}
