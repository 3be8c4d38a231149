import type {FootprintData} from '../data/load';
import {OptionSwitch} from './OptionSwitch';
import {Legend} from './Legend';
import {MapPanel} from './MapPanel';
import {DetailsPanel} from './DetailsPanel';
import {AreaList} from './AreaList';
import {useCurrentOption} from './use-current-option';
import {useUrlSync} from './share/use-url-sync';
import {LinkMessages, LinkNotices} from './share/LinkMessages';
import {SharePanel} from './share/SharePanel';
import {CompareControl} from './compare/CompareControl';
import {PlaceSearch} from './search/PlaceSearch';
import {AnalysisSection} from './regions/AnalysisSection';
import {PresenterMode, PresenterStart} from './presenter/PresenterMode';
import {FlowSection} from './flows/FlowSection';
import {MapLayers} from './regions/MapLayers';
import {MapInWords} from './MapInWords';
import {BuilderPanel} from './builder/BuilderPanel';
import {MoveMenu} from './builder/MoveMenu';
import {useOptions} from '../state/catalogue';

/** The main screen: choices on the left, the map, details on the right (stacked on phones). */
export function Explorer({data}: {data: FootprintData}) {
  const options = useOptions(data);
  const link = useUrlSync(data);
  const option = useCurrentOption(data);
  return (
    <main className="fp-main">
      <LinkMessages messages={link.messages} onDismiss={link.dismiss} />
      <LinkNotices notices={link.notices} />
      <section
        className="fp-controls"
        id="fp-controls"
        aria-label="Boundary options and legend"
        tabIndex={-1}
      >
        <OptionSwitch options={options} />
        <CompareControl data={data} option={option} />
        <Legend option={option} areas={data.areas} />
        {/* On paper only, beside the map's legend: where the sheets made for printing are. */}
        <p className="fp-print-only nhsuk-body-s" data-testid="print-pointer">
          For each option on its own A4 sheet with its figures, print the board pack (under “Share
          and download”).
        </p>
        <BuilderPanel data={data} option={option} />
        <FlowSection data={data} option={option} />
        <PlaceSearch data={data} />
        <AreaList option={option} areas={data.areas} />
        <MapLayers
          parts={
            data.geography.parts && {
              noun: data.geography.parts.noun,
              count: data.areas.reduce((n, s) => n + s.partCount, 0),
              vintage: data.geography.vintage,
            }
          }
        />
        <PresenterStart data={data} />
        <SharePanel data={data} option={option} />
      </section>
      <MapPanel data={data} option={option} overlay={<MoveMenu data={data} />} />
      <MapInWords data={data} option={option} />
      <DetailsPanel data={data} option={option} />
      <PresenterMode data={data} />
      <AnalysisSection data={data} option={option} />
    </main>
  );
}
