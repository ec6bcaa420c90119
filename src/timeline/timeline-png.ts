import { Resvg } from '@resvg/resvg-js';

/** Rasterises an SVG with resvg (a prebuilt native module: nothing is downloaded at install time). */
export function svgToPng(svg: string): Buffer {
  // The system's fonts: the Docker image copies DejaVu (fonts-dejavu-core) in for this.
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' });
  return resvg.render().asPng();
}
