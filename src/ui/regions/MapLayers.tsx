// Optional map layers. For now the CCGs; flows may join here.
import {useFootprint} from '../../state/store';

export function CcgLayerToggle({id, label = 'Show CCG boundaries (195 CCGs, April 2018)'}: {id: string; label?: string}) {
  const on = useFootprint((s) => s.layers.ccgs);
  const toggleLayer = useFootprint((s) => s.toggleLayer);
  return (
    <div className="nhsuk-checkboxes nhsuk-checkboxes--small fp-layer-toggle">
      <div className="nhsuk-checkboxes__item">
        <input className="nhsuk-checkboxes__input" id={id} type="checkbox" checked={on} onChange={(e) => toggleLayer('ccgs', e.target.checked)} />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

export function MapLayers() {
  return (
    <section aria-labelledby="fp-layers-title">
      <h2 className="nhsuk-heading-s" id="fp-layers-title">
        Map layers
      </h2>
      <CcgLayerToggle id="fp-layer-ccgs" />
    </section>
  );
}
