// "About the flow data": what the numbers are and are not, from the manifest's flowCaveats (the
// same text as data/README.md), so the app says it wherever flows are shown.
import type {Geography} from '../../domain/geography';

export function FlowAbout({geography}: {geography: Geography}) {
  return (
    <details className="nhsuk-details fp-flow-about" data-testid="flow-about">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">About the flow data</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">
          Built-in flows are {geography.flowMeasure}: {geography.flowsAbout}
        </p>
        <ul className="nhsuk-body-s">
          {geography.flowCaveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
