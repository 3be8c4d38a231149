import {useEffect, useRef, useState} from 'react';
import type {FootprintData} from '../data/load';
import type {BoundaryOption, StpCode} from '../domain/types';
import {findOption, regionOfStp} from '../domain/options';
import {formatCount} from '../domain/format';
import {useFootprint} from '../state/store';
import {connectMap} from './connect-map';

/** unavailable: no WebGL; load-failed: the map code could not be downloaded; failed: any other
 * fault while drawing. */
export type MapStatus = 'loading' | 'ready' | 'unavailable' | 'load-failed' | 'failed';

/** Hosts the map. The map itself lives in src/map; this only gives it a box and handles the
 * cases where it cannot be shown (no WebGL, or its code did not download, which can be
 * retried): the rest of the page still works. */
export function MapPanel({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<MapStatus>('loading');
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const container = box.current!;
    const describe = (code: StpCode) => describeStp(data, code);
    return connectMap(container, data, describe, (s, message) => {
      setStatus(s);
      setProblem(message ?? '');
    });
  }, [data, attempt]);
  const retry = () => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  };

  return (
    <section className="fp-map-area" aria-label={`Map: STPs coloured by region, ${option.title}`}>
      <div ref={box} className="fp-map" data-map-state="loading" data-testid="map" />
      {status === 'loading' && (
        <p className="fp-visually-hidden" role="status">
          Drawing the map…
        </p>
      )}
      {status === 'unavailable' && (
        <div className="fp-map-message" role="alert">
          <h2 className="nhsuk-heading-s">The map cannot be shown in this browser</h2>
          <p>
            It needs WebGL, which is turned off or not supported here ({problem}). The legend, the list of STPs and
            the details panel still work.
          </p>
        </div>
      )}
      {(status === 'load-failed' || status === 'failed') && (
        <div className="fp-map-message" role="alert">
          <h2 className="nhsuk-heading-s">{status === 'load-failed' ? 'The map code could not be loaded' : 'The map could not be drawn'}</h2>
          <p>
            {status === 'load-failed' ? 'Check your connection and try again' : 'Something went wrong'} ({problem}). The legend, the list of STPs
            and the details panel still work.
          </p>
          {status === 'load-failed' && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={retry}>
              Retry
            </button>
          )}
        </div>
      )}
    </section>
  );
}

export function describeStp(data: FootprintData, code: StpCode) {
  const stp = data.stps.find((s) => s.code === code);
  const option = findOption(data.options, useFootprint.getState().optionId);
  if (!stp || !option) return null;
  const region = regionOfStp(option, code);
  return {
    title: stp.name,
    lines: [`Region: ${region?.name ?? 'none'}`, `Population: ${formatCount(stp.population)} (mid-2018)`],
  };
}
