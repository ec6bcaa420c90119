import type { Command } from '../src/core/command';
import { isoDay } from '../src/moderation/format';
import { timelineEvents } from '../src/timeline/timeline-events';
import { TIMELINE_MESSAGES } from '../src/timeline/messages';
import { svgToPng } from '../src/timeline/timeline-png';
import { timelineSvg } from '../src/timeline/timeline-svg';

/**
 * The dated facts as a picture and as a text list. Built from the store on every call, so a
 * moderator's edit shows in the next timeline; platforms without images show the list.
 */
export const timelineCommand = {
  name: 'timeline',
  description: 'Show the dated facts on a timeline (a picture, with a text list)',
  dutch: { name: 'tijdlijn', description: 'Toon de gedateerde feiten op een tijdlijn (een afbeelding, met een lijst)' },
  usage: 'timeline',
  moderatorOnly: false,
  options: [],
  async run(_request, context) {
    const events = timelineEvents(await context.store.listFacts());
    if (events.length === 0) {
      return { kind: 'info', title: TIMELINE_MESSAGES.emptyTitle, body: TIMELINE_MESSAGES.empty, suggestions: [], visibility: 'public' };
    }
    const today = isoDay(context.now());
    const svg = timelineSvg(events, {
      title: TIMELINE_MESSAGES.title,
      subtitle: TIMELINE_MESSAGES.subtitle(events.length, today),
      footer: TIMELINE_MESSAGES.footer,
    });
    const lines = events.map((event) => TIMELINE_MESSAGES.line(event.label, event.title, event.factId));
    return {
      kind: 'info',
      title: TIMELINE_MESSAGES.title,
      body: [TIMELINE_MESSAGES.intro(events.length), ...lines].join('\n'),
      suggestions: [],
      visibility: 'public',
      attachments: [{ name: TIMELINE_MESSAGES.imageName, contentType: 'image/png', description: TIMELINE_MESSAGES.imageDescription(events.length), data: svgToPng(svg) }],
    };
  },
} satisfies Command;
