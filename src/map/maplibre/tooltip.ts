// The area tooltip, pinned to the area's interior point so hover and keyboard focus show the same;
// its body (tooltipElement) is the flow tooltip's too.
import {Popup, type Map as MapLibreMap} from 'maplibre-gl';

import type {TooltipContent} from '../map-view';

export type {TooltipContent};

export class AreaTooltip {
  private popup: Popup;
  constructor(
    private map: MapLibreMap,
    _container: HTMLElement,
  ) {
    this.popup = new Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'fp-tooltip',
      offset: 8,
      maxWidth: '260px',
    });
  }

  show(at: {anchor: [number, number]; content: TooltipContent} | null): void {
    if (!at) {
      this.popup.remove();
      return;
    }
    this.popup.setLngLat(at.anchor).setDOMContent(tooltipElement(at.content));
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  }
}

/** A tooltip's body: its title in bold, then one line each; `testId` names it for the tests. */
export function tooltipElement(content: TooltipContent, testId?: string): HTMLElement {
  const el = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = content.title;
  el.append(title);
  for (const line of content.lines) {
    const p = document.createElement('div');
    p.textContent = line;
    el.append(p);
  }
  if (testId) el.dataset.testid = testId;
  return el;
}
