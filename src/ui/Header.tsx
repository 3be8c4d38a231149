export function Header() {
  return (
    <header className="fp-header">
      <h1>Footprint</h1>
      <p>NHS England's regions and the 2018 boundary options</p>
    </header>
  );
}
