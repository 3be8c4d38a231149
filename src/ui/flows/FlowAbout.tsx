// "About the flow data": what the numbers are and are not, from the manifest's flowCaveats (the
// same text as data/README.md), so the app says it wherever flows are shown.
import {BUILTIN_MEASURE_LABEL} from '../../domain/flow-dataset';
import type {Geography} from '../../domain/geography';

export function FlowAbout({geography}: {geography: Geography}) {
  return (
    <details className="nhsuk-details fp-flow-about" data-testid="flow-about">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">About the flow data</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">
          Built-in flows are {BUILTIN_MEASURE_LABEL}: Public Health England's estimate of how many residents of each
          area each acute trust serves, from where the area's patients were admitted. They are not admission counts.
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
