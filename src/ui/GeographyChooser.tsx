// The page's geography chooser, in the header: the built-in geographies (data/geographies.json)
// by title. Choosing one and pressing Open loads the page again with that geography. It does not
// navigate on change: keyboard users move through a closed <select> with the arrow keys, and a
// page that reloads on the first arrow press would strand them (WCAG 3.2.2, On Input).
import {useId, useState, type FormEvent} from 'react';
import {BUILT_IN_GEOGRAPHIES, DEFAULT_GEOGRAPHY_ID} from '../data/geography-files';
import {geographyHref} from '../state/geography-link';

/** `current`: the geography on screen (a hosted one, not built in, is listed too, so the
 * chooser always shows it). `navigate`: how to go to the address, the browser's by default. */
export function GeographyChooser({
  current,
  navigate = (href) => location.assign(href),
}: {
  current: {id: string; title: string};
  navigate?: (href: string) => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(current.id);
  const listed = BUILT_IN_GEOGRAPHIES.some((g) => g.id === current.id)
    ? BUILT_IN_GEOGRAPHIES
    : [...BUILT_IN_GEOGRAPHIES, current];
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== current.id) navigate(geographyHref(location.href, chosen, DEFAULT_GEOGRAPHY_ID));
  };
  return (
    <form className="fp-geography-chooser" onSubmit={open} data-testid="geography-chooser">
      <label htmlFor={id}>Geography</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {listed.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title}
          </option>
        ))}
      </select>
      <button type="submit">Open</button>
    </form>
  );
}
