// Option A and option B as two small maps side by side (stacked on phones), the areas that move
// hatched on both. Static SVG: nothing to drag or swipe, so it needs no pointer, and the
// "zoom to the changes" choice is a native checkbox.
import {useId, useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {OptionComparison} from '../../domain/compare';
import {optionPhrase, regionOfArea} from '../../domain/options';
import {countOf, groupNounOf, groupNounOfAll, type Noun} from '../../domain/geography';
import {useGeography} from '../geography-context';
import type {BoundaryOption, Area} from '../../domain/types';
import {optionDate} from '../OptionSwitch';
import {OptionSvg} from '../../map/svg/OptionSvg';
import {usePartGeometry} from '../use-part-geometry';
import {Checkbox} from '../Checkbox';
import {UserBuiltTag} from '../UserBuiltTag';
import {markedTitle, USER_BUILT_MARKER} from '../../domain/option-labels';
import {svgMap, viewBoxAround, type SvgMap, type ViewBox} from '../../map/svg/static-map';
import {unitNames} from '../../domain/unit-index';
import {CHANGE_LABEL} from '../../map/draw-spec';
import {capitalise} from '../../domain/format';
import {UNCERTAIN_TAG} from '../UncertainNote';

const WIDTH = 420;
/** Up to this many moved areas are named in the sentence above the maps. */
const MAX_LISTED = 3;

export function SideBySide({
  data,
  comparison,
}: {
  data: FootprintData;
  comparison: OptionComparison;
}) {
  const id = useId();
  const [zoomWanted, setZoomWanted] = useState(true);
  const {a, b, moves, partMoves} = comparison;
  const noun = data.geography.areas.noun;
  const moved = useMemo(() => new Set(moves.map((m) => m.area.code)), [moves]);
  // Parts that move without their area are hatched on their own shapes; the view zooms to their areas.
  const movedPartList = useMemo(
    () =>
      partMoves.flatMap((c) =>
        c.moves.map((m) => ({code: m.part.code, name: m.name, a: m.from?.name, b: m.to?.name})),
      ),
    [partMoves],
  );
  const movedParts = useMemo(() => new Set(movedPartList.map((p) => p.code)), [movedPartList]);
  const zoomTo = useMemo(
    () => new Set([...moved, ...partMoves.map((c) => c.area.code)]),
    [moved, partMoves],
  );
  const hatchedNames = [
    ...moves.map((m) => m.area.name),
    ...partMoves.flatMap((c) => c.moves.map((m) => m.name)),
  ];
  const parts = usePartGeometry(data);
  const mapA = useMemo(() => svgMap(data, a, WIDTH, parts), [data, a, parts]);
  const mapB = useMemo(() => svgMap(data, b, WIDTH, parts), [data, b, parts]);
  const around = useMemo(() => viewBoxAround(data, mapA, zoomTo, 1), [data, mapA, zoomTo]);
  // Zooming only helps when the moved areas fill less than the whole map.
  const canZoom = around !== null && around[2] < mapA.width;
  const box = canZoom && zoomWanted ? around : undefined;
  // Named only when few move, as on the main map (draw-spec.ts): more names would pile up.
  const named = box && moves.length <= CHANGE_LABEL.maxShown ? moves.map((m) => m.area) : [];
  return (
    <section className="fp-side" aria-labelledby={`${id}-title`} data-testid="side-by-side">
      <h3 className="nhsuk-heading-s" id={`${id}-title`}>
        Side by side: {markedTitle(a)} and {markedTitle(b)}
      </h3>
      <p className="nhsuk-body-s fp-side__intro">
        {hatchedNames.length > 0 && <span className="fp-hatch-key" aria-hidden="true" />}
        <span>{hatchSentence(hatchedNames, noun, groupNounOfAll([a, b], data.geography))}</span>
      </p>
      {canZoom && (
        <Checkbox
          className="fp-side__zoom"
          id={`${id}-zoom`}
          checked={zoomWanted}
          onChange={setZoomWanted}
          label={`Zoom to the ${hatchedNames.length === 1 ? `${noun.one} that moves` : `${noun.many} that move`}`}
        />
      )}
      <div className="fp-side__maps">
        <SideMap
          letter="A"
          option={a}
          map={mapA}
          moved={moved}
          movedParts={movedParts}
          partsNamed={movedPartList.map(
            (p) => `${p.name}: ${p.a ?? `no ${groupNounOf(a, data.geography).one}`}`,
          )}
          box={box}
          named={named}
        />
        <SideMap
          letter="B"
          option={b}
          map={mapB}
          moved={moved}
          movedParts={movedParts}
          partsNamed={movedPartList.map(
            (p) => `${p.name}: ${p.b ?? `no ${groupNounOf(b, data.geography).one}`}`,
          )}
          box={box}
          named={named}
        />
      </div>
    </section>
  );
}

function hatchSentence(names: string[], noun: Noun, groups: Noun): string {
  if (names.length === 0)
    return `No ${noun.one} is in a different ${groups.one} under A than under B.`;
  const which =
    names.length <= MAX_LISTED ? names.join(', ') : `the ${countOf(names.length, noun)}`;
  return `Hatched: ${which}, in a different ${groups.one} under A than under B.`;
}

interface SideMapProps {
  letter: 'A' | 'B';
  option: BoundaryOption;
  map: SvgMap;
  moved: ReadonlySet<string>;
  /** Parts that move without their area, hatched on their own shapes. */
  movedParts: ReadonlySet<string>;
  /** The moving parts as the map's name lists them, e.g. a part's name and its region. */
  partsNamed: string[];
  box: ViewBox | undefined;
  /** Moved areas to name on the map, each with its region under this option. */
  named: Area[];
}

function SideMap({letter, option, map, moved, movedParts, partsNamed, box, named}: SideMapProps) {
  const g = useGeography();
  const groups = groupNounOf(option, g);
  const regionName = (code: string) => regionOfArea(option, code)?.name ?? `no ${groups.one}`;
  const nameOf = unitNames(map.areas);
  const describe = (code: string) => `${nameOf(code)}: ${regionName(code)}`;
  const hatched = [...[...moved].map(describe), ...partsNamed];
  const noun = g.areas.noun;
  return (
    <figure className="fp-side__map" data-testid={`side-map-${letter}`}>
      <OptionSvg
        map={map}
        title={`Option ${letter}, ${optionPhrase(option)}${option.userBuilt ? `, ${USER_BUILT_MARKER.slice(1, -1)}, not an official proposal` : ''}: ${noun.many} coloured by ${groups.one}${
          hatched.length
            ? `. Hatched: ${hatched.length <= CHANGE_LABEL.maxShown ? hatched.join('; ') : countOf(hatched.length, noun)}`
            : ''
        }`}
        hatched={moved}
        hatchedParts={movedParts}
        areaLabels={named.map((s) => ({
          code: s.code,
          text: `${s.shortName} (${regionName(s.code)})`,
          at: s.anchor,
        }))}
        viewBox={box}
        describe={describe}
      />
      <figcaption>
        <strong>
          {letter}: {option.title}
        </strong>
        <UserBuiltTag option={option} />{' '}
        <span className="fp-side__date">({optionDate(option)})</span>
        <ul
          className="fp-side__key"
          aria-label={`${capitalise(groups.many)} under ${optionPhrase(option)}`}
        >
          {option.regions.map((r) => (
            <li key={r.id}>
              <span className="fp-swatch" style={{background: r.colour}} aria-hidden="true" />
              {r.name}
              {r.uncertain && !/not confirmed/i.test(r.name) && (
                <span className="fp-visually-hidden">, {UNCERTAIN_TAG}</span>
              )}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
