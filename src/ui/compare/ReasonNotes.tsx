// The source's own reasons for where an option puts an STP, next to the change they explain:
// the map says what moves, this says why. Quoted from the board paper, with its paragraphs.
import type {ReasonInContext} from '../../domain/reasons';
import './reasons.scss';

export function ReasonNotes({reasons}: {reasons: ReasonInContext[]}) {
  if (reasons.length === 0) return null;
  return (
    <div className="fp-reasons" data-testid="reasons">
      {reasons.map(({option, reason}) => (
        <div className="fp-reasons__item" key={`${option.id}:${reason.title}`}>
          <h3 className="fp-reasons__title">{reason.title}</h3>
          <p className="fp-reasons__text">{reason.text}</p>
          <p className="fp-reasons__source">
            {option.title}: board paper, May 2018, paragraph{reason.paragraphs.includes(',') || reason.paragraphs.includes('–') ? 's' : ''}{' '}
            {reason.paragraphs}
          </p>
        </div>
      ))}
    </div>
  );
}
