// Optional map layers. For now the parts; flows may join here.
import {countOf, type Noun} from '../../domain/geography';
import {useFootprint} from '../../state/store';
import {Checkbox} from '../Checkbox';

export function PartLayerToggle({id, label}: {id: string; label: string}) {
  const on = useFootprint((s) => s.layers.parts);
  const toggleLayer = useFootprint((s) => s.toggleLayer);
  return (
    <Checkbox
      className="fp-layer-toggle"
      id={id}
      checked={on}
      onChange={(v) => toggleLayer('parts', v)}
      label={label}
    />
  );
}

/** The optional layers of the geography: none without finer units. `parts`: their noun (from
 * the geography's manifest, singular and plural), count and vintage, read as "Show <one>
 * boundaries (<count> <many>, <vintage>)": the noun before "boundaries" is singular, as in
 * "county boundaries". */
export function MapLayers({parts}: {parts: {noun: Noun; count: number; vintage: string} | null}) {
  if (!parts) return null;
  return (
    <section aria-labelledby="fp-layers-title">
      <h2 className="nhsuk-heading-s" id="fp-layers-title">
        Map layers
      </h2>
      <PartLayerToggle
        id="fp-layer-parts"
        label={`Show ${parts.noun.one} boundaries (${countOf(parts.count, parts.noun)}, ${parts.vintage})`}
      />
    </section>
  );
}
