import meta from '../../data/meta.json';

/** Sources, vintages and the licence line, always visible (and in every export later). */
export function SourcesFooter() {
  return (
    <footer className="fp-footer" aria-labelledby="fp-sources-title">
      <h2 className="fp-visually-hidden" id="fp-sources-title">
        Data sources
      </h2>
      <p>
        Boundaries: ONS STPs April 2018 (ultra generalised, clipped). Population: ONS mid-2018 estimates. Regions: ONS
        CCG to NHS England region lookup (April 2018) and the NHS England and NHS Improvement board paper of May 2018.
      </p>
      <p>
        {meta.attribution}.{' '}
        <a href={meta.licence.url} rel="license noopener" target="_blank">
          {meta.licence.name}
        </a>
      </p>
    </footer>
  );
}
