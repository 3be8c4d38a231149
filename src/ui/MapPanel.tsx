import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {groupNounOf, mapLabel} from '../domain/geography';
import type {FootprintData} from '../data/load';
import type {BoundaryOption, AreaCode} from '../domain/types';
import {regionOfArea} from '../domain/options';
import {capitalise, formatCount} from '../domain/format';
import {useFootprint} from '../state/store';
import {connectMap, type MapStatus} from '../map/connect';
import {markFirstMapPaint, prerenderedMapBox, prerenderedMapShown} from '../map/first-paint';
import type {MapRenderer} from '../map/map-view';
import {APP_RENDERER, chooseRenderer} from '../map/renderer-choice';
import {SvgMap} from '../map/svg/SvgMap';
import {SvgMapView} from '../map/svg/svg-view';
import {MapKeyHelp} from './MapKeyHelp';
import {resolveOption} from '../state/catalogue';
import {markedTitle} from '../domain/option-labels';
import {usePartLayer} from '../state/part-layer';
import {splitSentencesFor} from './split-sentences';

/** Hosts the map: the SVG map at once, and the WebGL map over it once loaded (unless the link
 * or the page asks for SVG). Says so when the simplified map stays because WebGL cannot be
 * used, or stands in while a lost WebGL context is being restored. */
export function MapPanel({
  data,
  option,
  defaultRenderer = APP_RENDERER,
  overlay,
}: {
  data: FootprintData;
  option: BoundaryOption;
  defaultRenderer?: MapRenderer;
  overlay?: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const glBox = useRef<HTMLDivElement>(null);
  const g = data.geography;
  const groups = groupNounOf(option, g);
  // One SVG view per data set; it starts with the option on screen (no grey first frame), at the
  // prerendered map's size while that is in the page (drawn once, not at 600 px then resized).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const svg = useMemo(() => new SvgMapView(data, option, prerenderedMapBox()), [data]);
  const [status, setStatus] = useState<MapStatus>({phase: 'loading'});
  const wanted = useMemo(() => chooseRenderer(location.search, defaultRenderer), [defaultRenderer]);
  const [announcement, setAnnouncement] = useState('');
  const [help, setHelp] = useState(false);
  const helpId = useId();

  useEffect(() => {
    const describe = (code: AreaCode) => describeArea(data, code);
    const keys = {announce: setAnnouncement, toggleHelp: () => setHelp((open) => !open)};
    return connectMap({
      container: box.current!,
      glBox: glBox.current!,
      svg,
      data,
      describe,
      wanted,
      onStatus: setStatus,
      keys,
    });
  }, [data, svg, wanted]);
  useEffect(() => markFirstMapPaint(prerenderedMapShown()), []);

  return (
    <section
      className="fp-map-area"
      aria-label={`Map: ${g.areas.noun.many} coloured by ${groups.one}, ${markedTitle(option)}`}
    >
      <div
        ref={box}
        id="fp-map"
        className="fp-map"
        data-map-state="loading"
        data-testid="map"
        tabIndex={0}
        role="application"
        aria-roledescription="map"
        aria-label={`Map of ${g.areas.noun.many} coloured by ${groups.one}, ${markedTitle(option)}. Arrow keys move the map, Shift and arrow keys go from ${g.areas.noun.one} to ${g.areas.noun.one}, question mark lists the keys.`}
      >
        <SvgMap view={svg} data={data} label={mapLabel(g, markedTitle(option), groups)} />
        <div ref={glBox} className="fp-map__webgl" hidden />
      </div>
      {/* Right after the map in tab order: the builder's move menu. */}
      {overlay}
      <p className="fp-visually-hidden" aria-live="polite" data-testid="map-announcement">
        {announcement}
      </p>
      <button
        type="button"
        className="fp-map-keys-button"
        aria-expanded={help}
        aria-controls={helpId}
        onClick={() => setHelp((open) => !open)}
      >
        Keys
      </button>
      <MapKeyHelp
        id={helpId}
        open={help}
        onClose={() => (setHelp(false), box.current?.focus())}
        place={g.place}
        area={g.areas.noun.one}
        group={groups.one}
      />
      {status.phase === 'loading' && (
        <p className="fp-visually-hidden" role="status">
          Loading the interactive map…
        </p>
      )}
      {status.phase === 'svg' && status.problem && (
        <p className="fp-map-note" role="status" data-testid="map-note">
          Simplified map: this browser cannot show the interactive map ({status.problem}).
          Everything on the page still works.
        </p>
      )}
      {status.phase === 'lost' && (
        <p className="fp-map-note" role="status" data-testid="map-note">
          Redrawing the interactive map… the simplified map is shown meanwhile.
        </p>
      )}
    </section>
  );
}

export function describeArea(data: FootprintData, code: AreaCode) {
  const area = data.areas.find((s) => s.code === code);
  const option = resolveOption(data, useFootprint.getState().optionId);
  if (!area || !option) return null;
  const region = regionOfArea(option, code);
  // An area the option splits says how (issue 19), once the part layer is in.
  const split = splitSentencesFor(data, option, usePartLayer.getState().parts).get(code);
  return {
    title: area.name,
    lines: [
      `${capitalise(groupNounOf(option, data.geography).one)}: ${region?.name ?? 'none'}`,
      `Population: ${formatCount(area.population)} (${data.geography.populationVintage})`,
      ...(split ? [split] : []),
    ],
  };
}
