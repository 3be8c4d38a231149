// The options this browser has built, each openable, showable and removable (after a
// confirmation: a removed option cannot be brought back except from a link or file).
import {useState} from 'react';
import type {FootprintData} from '../../data/load';
import type {BoundaryOption} from '../../domain/types';
import {useBuilder} from '../../state/builder';
import {openOption, removeUserOption} from '../../state/builder-actions';

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

function SavedOption({data, option, open}: {data: FootprintData; option: BoundaryOption; open: boolean}) {
  const [confirming, setConfirming] = useState(false);
  const remove = () => {
    removeUserOption(data, option.id);
    // The item is gone: focus goes to the list's heading, not to the page's start.
    document.getElementById('fp-builder-saved')?.focus();
  };
  return (
    <li>
      <strong>{option.title}</strong> <span className="nhsuk-body-s">({option.regions.length} regions{open ? ', now open in the builder' : ''})</span>
      <div className="fp-builder__saved-actions">
        {!open && (
          <button type="button" className="fp-link-button" onClick={() => openOption(option.id)}>
            Open {option.title}
          </button>
        )}
        {confirming ? (
          <>
            <span className="nhsuk-body-s">Remove it from this browser?</span>
            <button type="button" className="fp-link-button" onClick={remove}>
              Yes, remove {option.title}
            </button>
            <button type="button" className="fp-link-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="fp-link-button" onClick={() => setConfirming(true)}>
            Remove {option.title}
          </button>
        )}
      </div>
    </li>
  );
}
