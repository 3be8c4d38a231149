// "Where is my area under each option?" Type an area, part or district name (or part of one) and
// see its region under every option at once. Results are a plain list below the box, not a
// combobox: every answer is readable without choosing it, and the count is announced.
import {useCallback, useEffect, useId, useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {loadParts, loadDistricts} from '../../data/lazy';
import {buildPlaces, searchPlaces, type Place} from '../../domain/search';
import {useLazy} from '../use-lazy';
import {PlaceResult} from './PlaceResult';
import './search.scss';
import {listNames} from '../../domain/builder/units';

const LIMIT = 6;
/** The results count is announced once typing pauses this long, not on every keystroke. */
export const ANNOUNCE_DELAY_MS = 500;

/** The kinds of place a search looks through, in this geography's words: "area", "part", "district". */
function searchedNouns(g: FootprintData['geography']): string[] {
  return [g.areas.noun.one, g.parts?.noun.one, g.districts?.noun.one].filter(
    (n): n is string => !!n,
  );
}

export function PlaceSearch({data}: {data: FootprintData}) {
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const id = useId();
  // part and district names arrive on first use; area names are there from the start.
  const loadExtra = useCallback(() => Promise.all([loadParts(data), loadDistricts(data)]), [data]);
  const extra = useLazy(loadExtra, wanted);
  const places = useMemo(
    () =>
      extra.status === 'ready'
        ? buildPlaces(data.areas, extra.value[0].parts, extra.value[1])
        : buildPlaces(data.areas),
    [data.areas, extra],
  );
  const results: Place[] = useMemo(() => searchPlaces(places, query, LIMIT), [places, query]);
  const tooShort = query.trim().length < 2;
  const message =
    (tooShort
      ? ''
      : results.length === 0
        ? extra.status === 'loading' || extra.status === 'idle'
          ? 'Searching…'
          : `No ${listNames(searchedNouns(data.geography), 9).replace(/ and ([^ ]+)$/, ' or $1')} matches “${query.trim()}”.`
        : `${results.length === LIMIT ? `First ${LIMIT}` : results.length} ${results.length === 1 ? 'place matches' : 'places match'} “${query.trim()}”.`) +
    (extra.status === 'error'
      ? ` Only ${data.geography.areas.noun.one} names can be searched: the other lists did not load.`
      : '');
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <section className="fp-search" aria-labelledby={`${id}-title`} data-testid="search">
      <h2 className="nhsuk-heading-s" id={`${id}-title`}>
        Find a place
      </h2>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="nhsuk-label" htmlFor={`${id}-input`}>
          {data.geography.search.label}
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          For example {data.geography.search.examples}
        </div>
        <input
          className="nhsuk-input"
          id={`${id}-input`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={query}
          onFocus={() => setWanted(true)}
          onChange={(e) => {
            setWanted(true);
            setQuery(e.target.value);
          }}
        />
      </form>
      <p className="nhsuk-body-s fp-search__status" role="status">
        {announced}
      </p>
      {!tooShort && results.length > 0 && (
        <ol className="fp-search__results" data-testid="search-results">
          {results.map((p) => (
            <PlaceResult key={`${p.kind}-${p.code}`} place={p} data={data} />
          ))}
        </ol>
      )}
    </section>
  );
}
