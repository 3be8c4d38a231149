// "Patient flows" in the controls column: the whole-option number, the arrow settings, the
// legend and list, the user's own data and what the data is.
import {groupNounOf} from '../../domain/geography';
import type {FootprintData} from '../../data/load';
import {measureLabel} from '../../domain/flow-dataset';
import type {BoundaryOption} from '../../domain/types';
import {useFootprint} from '../../state/store';
import {CrossRegionSummary} from './CrossRegionSummary';
import {FlowAbout} from './FlowAbout';
import {FlowControls} from './FlowControls';
import {FlowLegend} from './FlowLegend';
import {FlowList} from './FlowList';
import {LoadFlowData} from './LoadFlowData';
import {useActiveFlows, useFlowScale} from './use-flows';
import './flows.scss';
import {useShownOptions} from '../later-options';

export function FlowSection({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const options = useShownOptions(data);
  const visible = useFootprint((s) => s.flows.visible);
  const minVolume = useFootprint((s) => s.flows.minVolume);
  // The whole-option number is always on screen, so the small area flow file (15 kB) is
  // fetched once the page has rendered, not before.
  const flows = useActiveFlows(true);
  const dataset = flows.status === 'ready' ? flows.value : null;
  const scale = useFlowScale(dataset);
  return (
    <section className="fp-flows" aria-labelledby="fp-flows-title" data-testid="flows-section">
      <h2 className="nhsuk-heading-s" id="fp-flows-title">
        Patient flows
      </h2>
      {flows.status === 'error' ? (
        <p className="nhsuk-body-s" role="alert">
          The flow data could not be loaded: {flows.message}{' '}
          <button type="button" className="fp-link-button" onClick={flows.retry}>
            Try again
          </button>
        </p>
      ) : !dataset ? (
        <p className="nhsuk-body-s">Loading the flow data…</p>
      ) : (
        <>
          <p className="nhsuk-body-s fp-flow-measure" data-testid="flow-measure">
            Measure: {measureLabel(dataset)}.
          </p>
          <CrossRegionSummary
            options={options}
            option={option}
            units={data.areas}
            dataset={dataset}
          />
        </>
      )}
      <FlowControls option={option} unit={dataset?.unit ?? 'people'} />
      {visible && dataset && scale && (
        <>
          <FlowList data={data} option={option} dataset={dataset} />
          <FlowLegend
            scale={scale}
            minVolume={minVolume}
            unit={dataset.unit}
            groups={groupNounOf(option, data.geography)}
          />
        </>
      )}
      <LoadFlowData data={data} />
      <FlowAbout geography={data.geography} />
    </section>
  );
}
