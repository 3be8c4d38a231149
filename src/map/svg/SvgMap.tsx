// The live SVG map: renders the SvgMapView's scene and its tooltips, and hands the <svg> to the
// view for d3-zoom and sizing. On a prerendered page its first render is at the prerendered
// map's size (the view is made with it, MapPanel.tsx); without one it has no size yet, so it
// draws what the build prerenders (England fitted with "meet"), and the layout effect then
// measures the box and redraws in pixels before the browser paints.
import {useLayoutEffect, useRef, useSyncExternalStore} from 'react';
import type {TooltipContent} from '../map-view';
import type {SceneData} from './SvgScene';
import {SvgScene} from './SvgScene';
import type {SvgMapView} from './svg-view';
import './svg-map.scss';

export function SvgMap({view, data, label}: {view: SvgMapView; data: SceneData; label: string}) {
  const scene = useSyncExternalStore(view.subscribe, view.getScene, view.getScene);
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const svg = host.current?.querySelector('svg');
    if (!scene.active || !svg || !host.current) return;
    return view.attach(svg, host.current);
  }, [view, scene.active]);
  if (!scene.active) return null;
  const flowTip =
    scene.flows && scene.highlightedFlow ? flowTooltip(view, scene.highlightedFlow) : null;
  return (
    <div ref={host} className="fp-svgmap-host">
      <SvgScene data={data} scene={scene} handlers={view.getHandlers()} label={label} />
      {scene.tooltip && scene.size && (
        <Tooltip at={view.project(scene.tooltip.anchor)} content={scene.tooltip.content} />
      )}
      {flowTip && scene.size && (
        <Tooltip at={view.project(flowTip.at)} content={flowTip.content} testId="flow-tooltip" />
      )}
    </div>
  );
}

function flowTooltip(
  view: SvgMapView,
  key: string,
): {at: [number, number]; content: TooltipContent} | null {
  const drawing = view.getScene().flows;
  const line = drawing?.features.features.find(
    (f) => f.properties?.key === key && f.geometry.type === 'LineString',
  );
  const content = drawing?.describe(key);
  if (!line || line.geometry.type !== 'LineString' || !content) return null;
  const points = line.geometry.coordinates;
  return {at: points[Math.floor(points.length / 2)] as [number, number], content};
}

/** A box above the point, like the WebGL map's popup (same class, same look). */
function Tooltip({
  at,
  content,
  testId,
}: {
  at: [number, number];
  content: TooltipContent;
  testId?: string;
}) {
  return (
    <div
      className="fp-tooltip fp-svgmap__tooltip"
      style={{left: at[0], top: at[1]}}
      data-testid={testId}
    >
      <strong>{content.title}</strong>
      {content.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
