import type {Geography} from '../domain/geography';

/** Sources, vintages and the licence line of the geography, always visible (and in every export). */
export function SourcesFooter({geography}: {geography: Geography}) {
  return (
    <footer className="fp-footer" aria-labelledby="fp-sources-title">
      <h2 className="fp-visually-hidden" id="fp-sources-title">
        Data sources
      </h2>
      <p>{geography.citations.summary}</p>
      <p>
        {geography.attribution}.{' '}
        <a href={geography.licence.url} rel="license noopener" target="_blank">
          {geography.licence.name}
        </a>
      </p>
    </footer>
  );
}
