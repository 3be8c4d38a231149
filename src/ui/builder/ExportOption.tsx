import {optionFileText} from '../../data/option-file';
import type {BoundaryOption} from '../../domain/types';
import {downloadBlob} from '../export/download';

/** Download the open option as a JSON file another Footprint user can import. */
export function ExportOption({option}: {option: BoundaryOption}) {
  const save = () => {
    const blob = new Blob([optionFileText(option)], {type: 'application/json'});
    downloadBlob(blob, `footprint-option-${option.id}.json`);
  };
  return (
    <p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={save} data-testid="builder-export">
        Download as a file (JSON)
      </button>
    </p>
  );
}
