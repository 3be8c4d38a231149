// The options this browser has built, each openable, showable and removable (after a
// confirmation: a removed option cannot be brought back except from a link or file).
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useBuilder} from '../../state/builder';
import {openOption, removeUserOption} from '../../state/builder-actions';
import {ConfirmSwap} from '../ConfirmSwap';

export function SavedOptions({data}: {data: FootprintData}) {
  const options = useBuilder((s) => s.userOptions);
  const editingId = useBuilder((s) => s.editing?.optionId ?? null);
  if (options.length === 0) return null;
  return (
    <section className="fp-builder__saved" aria-labelledby="fp-builder-saved">
      <h3 className="nhsuk-heading-xs" id="fp-builder-saved" tabIndex={-1}>
        Your options (saved in this browser)
      </h3>
      <ul className="fp-builder__saved-list" data-testid="saved-options">
        {options.map((o) => (
          <SavedOption key={o.id} data={data} option={o} open={o.id === editingId} />
        ))}
      </ul>
    </section>
  );
}

function SavedOption({
  data,
  option,
  open,
}: {
  data: FootprintData;
  option: BoundaryOption;
  open: boolean;
}) {
  // The item is gone: focus goes to the list's heading, or with the last option gone, to the
  // builder's heading, never to the page's start.
  const after = () =>
    document.getElementById('fp-builder-saved') ?? document.getElementById('fp-builder-heading');
  return (
    <li>
      <strong>{option.title}</strong>{' '}
      <span className="nhsuk-body-s">
        ({option.regions.length} regions{open ? ', now open in the builder' : ''})
      </span>
      <div className="fp-builder__saved-actions">
        {!open && (
          <button
            type="button"
            className="fp-link-button"
            onClick={() => {
              openOption(option.id);
              // The button goes once the option is open: continue at its name in the builder.
              requestAnimationFrame(() => document.getElementById('fp-builder-title')?.focus());
            }}
          >
            Open {option.title}
          </button>
        )}
        <ConfirmSwap
          label={`Remove ${option.title}`}
          question="Remove it from this browser?"
          yes={`Yes, remove ${option.title}`}
          no="Keep it"
          onConfirm={() => removeUserOption(data, option.id)}
          after={after}
        />
      </div>
    </li>
  );
}
