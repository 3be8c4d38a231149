/** The page's title, with the geography's tagline once its manifest has loaded. */
export function Header({tagline}: {tagline: string | null}) {
  return (
    <header className="fp-header">
      <h1>Footprint</h1>
      {tagline && <p>{tagline}</p>}
    </header>
  );
}
