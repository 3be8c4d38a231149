// The source's own reasons for where an option puts an area, next to the change they explain:
// the map says what moves, this says why, quoted word for word with the paragraphs cited.
import type {ReasonInContext} from '../../domain/reasons';
import {paragraphsLabel} from '../../domain/options';
import './reasons.scss';

export function ReasonNotes({reasons}: {reasons: ReasonInContext[]}) {
  if (reasons.length === 0) return null;
  return (
    <div className="fp-reasons" data-testid="reasons">
      {reasons.map(({option, reason}, i) => (
        <figure className="fp-reasons__item" key={`${option.id}-${i}`}>
          <h3 className="fp-reasons__title">{reason.title}</h3>
          <blockquote className="fp-reasons__text">
            {reason.quotes.map((q, k) => (
              <p key={k}>
                {k === 0 && /^[a-z]/.test(q) ? '… ' : ''}
                {q}
              </p>
            ))}
          </blockquote>
          <figcaption className="fp-reasons__source">
            {option.title}: board paper, May 2018, {paragraphsLabel(reason.paragraphs)}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
