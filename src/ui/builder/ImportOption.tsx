// Import an option from a Footprint JSON file. The file is checked before anything changes:
// a refused file leaves every option, and the view, as they were.
import {useState} from 'react';
import type {FootprintData} from '../../data/load';
import {readOptionFile, OPTION_FILE_MAX_BYTES} from '../../data/option-file';
import {useBuilder} from '../../state/builder';
import {allOptions} from '../../state/catalogue';
import {useFootprint} from '../../state/store';
import {loadPartLayer} from '../../state/part-layer';
import {sameOption} from '../../domain/builder/same-option';
import {unitNames} from '../../domain/unit-index';

export function ImportOption({data}: {data: FootprintData}) {
  const [message, setMessage] = useState<{ok: boolean; text: string} | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refuse an oversized file before reading it into memory.
    const text = file.size > OPTION_FILE_MAX_BYTES ? '' : await file.text();
    // A file that moves single parts is read against the part layer (loaded now if it is not
    // yet; a failed load leaves such a file refused with its reason). Others need no fetch.
    const parts = text.includes('partAssignments')
      ? ((await loadPartLayer(data).catch(() => null)) ?? undefined)
      : undefined;
    const result = readOptionFile(
      text,
      file.size,
      data.options,
      data.areas.map((s) => s.code),
      allOptions(data).map((o) => o.id),
      unitNames(data.areas),
      {geography: data.geography, parts},
    );
    if (!result.ok)
      return setMessage({
        ok: false,
        text: `${file.name} was not imported: ${result.message} Nothing has changed.`,
      });
    const already = useBuilder.getState().userOptions.find((o) => sameOption(o, result.option));
    if (already) {
      useFootprint.getState().chooseOption(already.id);
      return setMessage({
        ok: true,
        text: `You already have “${already.title}”, the option in ${file.name}: it is shown now, not added twice.`,
      });
    }
    useBuilder.getState().addOption(result.option);
    useFootprint.getState().chooseOption(result.option.id);
    setMessage({
      ok: true,
      text: [`Imported “${result.option.title}” from ${file.name}.`, ...result.messages].join(' '),
    });
  };
  return (
    <div
      className={`nhsuk-form-group fp-builder__import${message && !message.ok ? ' nhsuk-form-group--error' : ''}`}
    >
      <label className="nhsuk-label nhsuk-label--s" htmlFor="fp-builder-import">
        Import an option file (JSON, up to 1 MB)
      </label>
      {message && (
        <p
          className={message.ok ? 'nhsuk-body-s' : 'nhsuk-error-message'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
      <input
        className="nhsuk-file-upload"
        id="fp-builder-import"
        type="file"
        accept=".json,application/json"
        data-testid="builder-import"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </div>
  );
}
