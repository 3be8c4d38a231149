// Patient flows in the embed: what the arrows measure, which are drawn, their key and the same
// flows as a list (the text alternative to the arrows), and with controls one checkbox to turn
// them on or off. The settings come from the link; the embed always shows the built-in data.
import {groupNounOf} from '../../domain/geography';
import {useId} from 'react';
import {measureLabel} from '../../domain/flow-dataset';
import {useFootprint} from '../../state/store';
import {FlowLegend} from '../flows/FlowLegend';
import {Checkbox} from '../Checkbox';
import {FlowList} from '../flows/FlowList';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {optionPhrase} from '../../domain/options';
import {minVolumeWords} from '../flows/FlowControls';
import {useActiveFlows, useFlowScale} from '../flows/use-flows';
import '../flows/flows.scss';

export function EmbedFlows({
  data,
  option,
  controls,
}: {
  data: FootprintData;
  option: BoundaryOption;
  controls: boolean;
}) {
  const id = useId();
  const visible = useFootprint((s) => s.flows.visible);
  const minVolume = useFootprint((s) => s.flows.minVolume);
  const topN = useFootprint((s) => s.flows.topN);
  const crossOnly = useFootprint((s) => s.flows.crossRegionOnly);
  const setFlows = useFootprint((s) => s.setFlows);
  const flows = useActiveFlows(visible);
  const dataset = flows.status === 'ready' ? flows.value : null;
  const scale = useFlowScale(dataset);
  if (!controls && !visible) return null;
  return (
    <section className="fp-embed__flows" aria-labelledby={`${id}-title`} data-testid="embed-flows">
      <h2 className="nhsuk-heading-s" id={`${id}-title`}>
        Patient flows
      </h2>
      {controls && (
        <Checkbox
          id={`${id}-visible`}
          checked={visible}
          onChange={(on) => setFlows({visible: on})}
          label="Show flows on the map"
        />
      )}
      {visible && flows.status === 'error' && (
        <p className="nhsuk-body-s" role="alert">
          The flow data could not be loaded: {flows.message}
        </p>
      )}
      {visible && dataset && scale && (
        <>
          <p className="nhsuk-body-s" data-testid="embed-flow-measure">
            Arrows: {measureLabel(dataset)}. The largest {topN} flows
            {minVolume > 0 ? ` of ${minVolumeWords(minVolume, dataset.unit)}` : ''}
            {crossOnly
              ? `, between ${groupNounOf(option, data.geography).many} under ${optionPhrase(option)} only`
              : ''}
            .
          </p>
          <FlowList data={data} option={option} dataset={dataset} />
          <FlowLegend
            scale={scale}
            minVolume={minVolume}
            unit={dataset.unit}
            groups={groupNounOf(option, data.geography)}
          />
        </>
      )}
    </section>
  );
}
