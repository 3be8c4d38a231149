import type {FootprintData} from '../data/load';
import {OptionSwitch} from './OptionSwitch';
import {Legend} from './Legend';
import {MapPanel} from './MapPanel';
import {DetailsPanel} from './DetailsPanel';
import {StpList} from './StpList';
import {useCurrentOption} from './use-current-option';

/** The main screen: choices on the left, the map, details on the right (stacked on phones). */
export function Explorer({data}: {data: FootprintData}) {
  const option = useCurrentOption(data);
  return (
    <main className="fp-main">
      <section className="fp-controls" id="fp-controls" aria-label="Boundary options and legend" tabIndex={-1}>
        <OptionSwitch options={data.options} />
        <Legend option={option} stps={data.stps} />
        <StpList option={option} stps={data.stps} />
      </section>
      <MapPanel data={data} option={option} />
      <DetailsPanel data={data} option={option} />
    </main>
  );
}
