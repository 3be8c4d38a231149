import type {FootprintData} from '../../data/load';
import {optionFileText} from '../../data/option-file';
import type {BoundaryOption} from '../../domain/types';
import {downloadBlob} from '../export/download';

/** Download the open option as a JSON file another Footprint user can import (it names the
 * geography, so it is not opened on another map). */
export function ExportOption({
  data,
  option,
}: {
  data: Pick<FootprintData, 'geography'>;
  option: BoundaryOption;
}) {
  const save = () => {
    const blob = new Blob([optionFileText(option, data.geography.id)], {type: 'application/json'});
    downloadBlob(blob, `footprint-option-${option.id}.json`);
  };
  return (
    <p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={save}
        data-testid="builder-export"
      >
        Download as a file (JSON)
      </button>
    </p>
  );
}
