// The map's keys, listed for anyone who asks (? on the map, or the button): the same keys work
// whichever renderer draws the map.
export const MAP_KEYS: [string, string][] = [
  ['Arrow keys', 'move the map'],
  ['+ and −', 'zoom in and out'],
  ['0', 'show all of England'],
  ['Shift + arrow keys', 'go to the next STP that way (its name and region are read out)'],
  ['Enter', 'show the STP’s details'],
  ['Escape', 'let go of the STP'],
  ['?', 'show or hide these keys'],
];

export function MapKeyHelp({id, open, onClose}: {id: string; open: boolean; onClose(): void}) {
  return (
    <div id={id} className="fp-map-keys" hidden={!open} data-testid="map-keys">
      <h2 className="nhsuk-heading-xs">Keys for the map</h2>
      <dl>
        {MAP_KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
