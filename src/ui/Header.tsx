import {GeographyChooser} from './GeographyChooser';

/** The page's title, with the geography's tagline and the geography chooser once its manifest
 * has loaded (`geography`: the one on screen). */
export function Header({
  tagline,
  geography,
}: {
  tagline: string | null;
  geography?: {id: string; title: string};
}) {
  return (
    <header className="fp-header">
      <h1>Footprint</h1>
      {tagline && <p>{tagline}</p>}
      {geography && <GeographyChooser current={geography} />}
    </header>
  );
}
