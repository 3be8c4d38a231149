// The map's keys, listed for anyone who asks (? on the map, or the button): the same keys work
// whichever renderer draws the map.
/** The keys and what they do, in the geography's words (`place`: "England"; `area`: "area";
 * `group`: what the option shown calls its groups, "region" by default). */
export function mapKeys(place: string, area: string, group = 'region'): [string, string][] {
  return [
    ['Arrow keys', 'move the map'],
    ['+ and −', 'zoom in and out'],
    ['0', `show all of ${place}`],
    ['Shift + arrow keys', `go to the next ${area} that way (its name and ${group} are read out)`],
    ['Enter', `show the ${area}’s details`],
    ['Escape', `let go of the ${area}`],
    ['?', 'show or hide these keys'],
  ];
}

export function MapKeyHelp({
  id,
  open,
  onClose,
  place,
  area,
  group,
}: {
  id: string;
  open: boolean;
  onClose(): void;
  place: string;
  area: string;
  group?: string;
}) {
  return (
    <div id={id} className="fp-map-keys" hidden={!open} data-testid="map-keys">
      <h2 className="nhsuk-heading-xs">Keys for the map</h2>
      <dl>
        {mapKeys(place, area, group).map(([key, what]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={onClose}
      >
        Close
      </button>
    </div>
  );
}
