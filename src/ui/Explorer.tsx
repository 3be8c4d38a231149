import {useDeferredValue, useMemo} from 'react';
import type {FootprintData} from '../data/load';
import {MapPanel} from './MapPanel';
import {useCurrentOption} from './use-current-option';
import {useUrlSync} from './share/use-url-sync';
import {LinkMessages, LinkNotices} from './share/LinkMessages';
import {AnalysisSection} from './regions/AnalysisSection';
import {BuilderPanel} from './builder/BuilderPanel';
import {MoveMenu} from './builder/MoveMenu';
import {useOptions} from '../state/catalogue';
import {
  LaterAreaList,
  LaterCompareControl,
  LaterDetailsPanel,
  LaterFlowSection,
  LaterLegend,
  LaterMapInWords,
  LaterMapLayers,
  LaterOptionSwitch,
  LaterPlaceSearch,
  LaterPresenterMode,
  LaterPresenterStart,
  LaterSharePanel,
} from './later-panels';
import {LaterOptionsProvider} from './later-options';

/** The main screen: choices on the left, the map, details on the right (stacked on phones). */
export function Explorer({data}: {data: FootprintData}) {
  const link = useUrlSync(data);
  const option = useCurrentOption(data);
  // The map, the Regions table and the builder (its checks) show a change of the option in the
  // first render; the other panels get it, and the list of options, one render later
  // (later-panels.tsx, later-options.tsx).
  const later = useDeferredValue(option);
  const currentOptions = useOptions(data);
  const options = useDeferredValue(currentOptions);
  // "behind" while the later panels still show the previous option: the browser tests wait for
  // "current" before reading them (a legend read a render early listed the previous option).
  const panels = later === option && options === currentOptions ? 'current' : 'behind';
  const parts = useMemo(
    () =>
      data.geography.parts && {
        noun: data.geography.parts.noun,
        count: data.areas.reduce((n, s) => n + s.partCount, 0),
        vintage: data.geography.vintage,
      },
    [data],
  );
  return (
    <LaterOptionsProvider options={options}>
      <main className="fp-main" data-panels={panels}>
        <LinkMessages messages={link.messages} onDismiss={link.dismiss} />
        <LinkNotices notices={link.notices} />
        <section
          className="fp-controls"
          id="fp-controls"
          aria-label="Boundary options and legend"
          tabIndex={-1}
        >
          <LaterOptionSwitch options={options} />
          <LaterCompareControl data={data} option={later} />
          <LaterLegend option={later} areas={data.areas} />
          {/* On paper only, beside the map's legend: where the sheets made for printing are. */}
          <p className="fp-print-only nhsuk-body-s" data-testid="print-pointer">
            For each option on its own A4 sheet with its figures, print the board pack (under “Share
            and download”).
          </p>
          <BuilderPanel data={data} option={option} />
          <LaterFlowSection data={data} option={later} />
          <LaterPlaceSearch data={data} />
          <LaterAreaList option={later} areas={data.areas} />
          <LaterMapLayers parts={parts} />
          <LaterPresenterStart data={data} />
          <LaterSharePanel data={data} option={later} />
        </section>
        <MapPanel data={data} option={option} overlay={<MoveMenu data={data} />} />
        <LaterMapInWords data={data} option={later} />
        <LaterDetailsPanel data={data} option={later} />
        <LaterPresenterMode data={data} />
        <AnalysisSection data={data} option={option} later={later} />
      </main>
    </LaterOptionsProvider>
  );
}
