import type { TimelineEvent } from './timeline-events';

/**
 * The timeline as an SVG document built in code: one row per event, oldest at the top, the
 * date on the left of a vertical axis and the fact's title and id on the right. Rows are evenly
 * spaced rather than to scale, so events months apart stay legible beside decades-long gaps.
 */
export const TIMELINE_LAYOUT = Object.freeze({
  width: 1000,
  headerHeight: 92,
  rowHeight: 58,
  footerHeight: 44,
  axisX: 200,
  dateRightX: 176,
  textX: 226,
  /** Characters of a title that fit beside the axis at the title's font size. */
  titleMaxChars: 90,
  fontFamily: 'DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif',
  monoFamily: 'DejaVu Sans Mono, Noto Sans Mono, Liberation Mono, monospace',
});

const COLOURS = Object.freeze({
  background: '#ffffff',
  stripe: '#f4f6fa',
  heading: '#1b1f24',
  muted: '#5b6470',
  axis: '#c5ccd6',
  date: '#1f4fa8',
  dot: '#2f6fdf',
  span: '#e0a82e',
});

export interface TimelineText {
  title: string;
  subtitle: string;
  footer: string;
}

export function timelineSvg(events: readonly TimelineEvent[], text: TimelineText): string {
  const L = TIMELINE_LAYOUT;
  const height = L.headerHeight + events.length * L.rowHeight + L.footerHeight;
  const top = L.headerHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${height}" viewBox="0 0 ${L.width} ${height}" font-family="${L.fontFamily}">`,
    `<rect width="100%" height="100%" fill="${COLOURS.background}"/>`,
    `<text x="32" y="44" font-size="26" font-weight="bold" fill="${COLOURS.heading}">${escapeXml(text.title)}</text>`,
    `<text x="32" y="72" font-size="14" fill="${COLOURS.muted}">${escapeXml(text.subtitle)}</text>`,
  ];
  events.forEach((event, index) => {
    const y = top + index * L.rowHeight;
    if (index % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${L.width}" height="${L.rowHeight}" fill="${COLOURS.stripe}"/>`);
  });
  if (events.length > 0) {
    parts.push(`<line x1="${L.axisX}" y1="${top + 8}" x2="${L.axisX}" y2="${top + events.length * L.rowHeight - 8}" stroke="${COLOURS.axis}" stroke-width="3"/>`);
  }
  events.forEach((event, index) => {
    const y = top + index * L.rowHeight;
    const middle = y + L.rowHeight / 2;
    parts.push(`<text x="${L.dateRightX}" y="${middle + 5}" font-size="15" font-weight="bold" text-anchor="end" fill="${COLOURS.date}">${escapeXml(event.label)}</text>`);
    // A span is drawn as a capsule along the axis, a single date as a dot.
    parts.push(
      event.isSpan
        ? `<rect x="${L.axisX - 7}" y="${middle - 16}" width="14" height="32" rx="7" fill="${COLOURS.span}"/>`
        : `<circle cx="${L.axisX}" cy="${middle}" r="7" fill="${COLOURS.dot}" stroke="#ffffff" stroke-width="2"/>`,
    );
    parts.push(`<text x="${L.textX}" y="${middle - 3}" font-size="15" fill="${COLOURS.heading}">${escapeXml(shorten(event.title, L.titleMaxChars))}</text>`);
    parts.push(`<text x="${L.textX}" y="${middle + 16}" font-size="12" font-family="${L.monoFamily}" fill="${COLOURS.muted}">${escapeXml(`fact ${event.factId}`)}</text>`);
  });
  parts.push(`<text x="32" y="${height - 18}" font-size="13" fill="${COLOURS.muted}">${escapeXml(text.footer)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Fact text is user text: it must not become markup. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}
