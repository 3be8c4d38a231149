// Option A and option B as two small maps side by side (stacked on phones), the STPs that move
// hatched on both. Static SVG: nothing to drag or swipe, so it needs no pointer, and the
// "zoom to the changes" choice is a native checkbox.
import {useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import {optionPhrase} from '../../domain/options';
import type {BoundaryOption} from '../../domain/types';
import {optionDate} from '../OptionSwitch';
import {OptionSvg} from '../svg/OptionSvg';
import {svgMap, viewBoxAround, type SvgMap} from '../svg/svg-map';

const WIDTH = 420;

export function SideBySide({data, comparison}: {data: FootprintData; comparison: OptionComparison}) {
  const [zoomed, setZoomed] = useState(true);
  const {a, b, moves} = comparison;
  const moved = useMemo(() => new Set(moves.map((m) => m.stp.code)), [moves]);
  const mapA = useMemo(() => svgMap(data, a, WIDTH), [data, a]);
  const mapB = useMemo(() => svgMap(data, b, WIDTH), [data, b]);
  const zoom = zoomed && moved.size > 0;
  const box = zoom ? viewBoxAround(data, mapA, moved, 1) ?? undefined : undefined;
  const labels = zoom ? moves.map((m) => ({code: m.stp.code, text: m.stp.shortName, at: m.stp.anchor})) : [];
  return (
    <section className="fp-side" aria-labelledby="fp-side-title" data-testid="side-by-side">
      <h3 className="nhsuk-heading-s" id="fp-side-title">
        Side by side: {a.title} and {b.title}
      </h3>
      <p className="nhsuk-body-s fp-side__intro">
        {moved.size === 0
          ? 'No STP changes region between these options.'
          : `Hatched: the ${moved.size === 1 ? 'STP' : `${moved.size} STPs`} in a different region under each option.`}
      </p>
      {moved.size > 0 && (
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small fp-side__zoom">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="fp-side-zoom"
              type="checkbox"
              checked={zoomed}
              onChange={(e) => setZoomed(e.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="fp-side-zoom">
              Zoom to the STPs that move
            </label>
          </div>
        </div>
      )}
      <div className="fp-side__maps">
        <SideMap letter="A" option={a} map={mapA} moved={moved} box={box} labels={labels} data={data} />
        <SideMap letter="B" option={b} map={mapB} moved={moved} box={box} labels={labels} data={data} />
      </div>
    </section>
  );
}

interface SideMapProps {
  letter: 'A' | 'B';
  option: BoundaryOption;
  map: SvgMap;
  moved: ReadonlySet<string>;
  box: [number, number, number, number] | undefined;
  labels: {code: string; text: string; at: [number, number]}[];
  data: FootprintData;
}

function SideMap({letter, option, map, moved, box, labels, data}: SideMapProps) {
  const regionName = new Map(option.regions.map((r) => [r.id, r.name]));
  const stpName = new Map(data.stps.map((s) => [s.code, s.name]));
  const describe = (code: string) => `${stpName.get(code) ?? code}: ${regionName.get(option.assignments[code] ?? '') ?? 'no region'}`;
  const movedNames = [...moved].map((c) => describe(c));
  return (
    <figure className="fp-side__map" data-testid={`side-map-${letter}`}>
      <OptionSvg
        map={map}
        title={`Option ${letter}, ${optionPhrase(option)}: STPs coloured by region${
          movedNames.length ? `. Hatched: ${movedNames.length <= 5 ? movedNames.join('; ') : `${movedNames.length} STPs`}` : ''
        }`}
        hatched={moved}
        stpLabels={labels}
        viewBox={box}
        describe={describe}
      />
      <figcaption>
        <strong>
          {letter}: {option.title}
        </strong>{' '}
        <span className="fp-side__date">({optionDate(option)})</span>
        <ul className="fp-side__key" aria-label={`Regions under ${optionPhrase(option)}`}>
          {option.regions.map((r) => (
            <li key={r.id}>
              <span className="fp-swatch" style={{background: r.colour}} aria-hidden="true" />
              {r.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
