import {useFootprintData, type DataState} from './use-data';
import {Header} from './Header';
import {SourcesFooter} from './SourcesFooter';
import {ErrorPanel} from './ErrorPanel';
import {Explorer} from './Explorer';
import {GeographyProvider} from './geography-context';

export function App({initial}: {initial?: DataState}) {
  const state = useFootprintData(initial);
  return (
    <div className="fp-app">
      <a className="nhsuk-skip-link" href="#fp-controls">
        Skip to boundary options
      </a>
      <a className="nhsuk-skip-link" href="#fp-map">
        Skip to the map
      </a>
      <Header
        tagline={state.status === 'ready' ? state.data.geography.tagline : null}
        geography={state.status === 'ready' ? state.data.geography : undefined}
      />
      {state.status === 'loading' && (
        <main className="fp-panel-state" aria-busy="true">
          <p role="status">Loading the boundaries and boundary options…</p>
        </main>
      )}
      {state.status === 'error' && <ErrorPanel message={state.message} file={state.file} />}
      {state.status === 'ready' && (
        <GeographyProvider data={state.data}>
          <Explorer data={state.data} />
          <SourcesFooter geography={state.data.geography} />
        </GeographyProvider>
      )}
    </div>
  );
}
