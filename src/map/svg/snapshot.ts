// The SVG map as a PNG for the export: serialise the drawing, load it as an image from a blob
// URL (same origin, allowed by the CSP's img-src blob:) and paint it onto a canvas. Every colour
// and font is a presentation attribute, so the picture needs no stylesheet. Region names are in
// the drawing, so no labels travel beside the pixels.
import type {MapSnapshot} from '../map-view';

/** A PNG of `svg` at `size` CSS px, at the device pixel ratio (at least 2, for print). */
export async function snapshotSvg(
  svg: SVGSVGElement,
  size: {width: number; height: number},
): Promise<MapSnapshot> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  const xml = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([xml], {type: 'image/svg+xml'}));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const pixelRatio = Math.max(2, window.devicePixelRatio || 1);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * pixelRatio);
    canvas.height = Math.round(size.height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return {
      dataUrl: canvas.toDataURL('image/png'),
      width: size.width,
      height: size.height,
      pixelRatio,
      labels: [],
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}
