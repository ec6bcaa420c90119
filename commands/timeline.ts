import type { Command } from '../src/core/command';
import { isoDay } from '../src/moderation/format';
import { timelineEvents } from '../src/timeline/timeline-events';
import { timelineMessages } from '../src/timeline/messages';
import { svgToPng } from '../src/timeline/timeline-png';
import { timelineSvg } from '../src/timeline/timeline-svg';

/**
 * The dated facts as a picture and as a text list. Built from the store on every call, so a
 * moderator's edit shows in the next timeline; platforms without images show the list.
 */
export const timelineCommand = {
  name: 'timeline',
  description: 'Show the dated facts on a timeline (a picture, with a text list)',
  dutch: { name: 'tijdlijn', description: 'Toon de gedateerde feiten op een tijdlijn (een afbeelding, met een lijst)', usage: 'tijdlijn' },
  usage: 'timeline',
  moderatorOnly: false,
  options: [],
  async run(request, context) {
    const messages = timelineMessages(request.language);
    const events = timelineEvents(await context.store.listFacts(), request.language);
    if (events.length === 0) {
      return { kind: 'info', title: messages.emptyTitle, body: messages.empty, suggestions: [], visibility: 'public' };
    }
    const today = isoDay(context.now());
    const svg = timelineSvg(events, {
      title: messages.title,
      subtitle: messages.subtitle(events.length, today),
      footer: messages.footer,
    });
    const lines = events.map((event) => messages.line(event.label, event.title, event.factId));
    return {
      kind: 'info',
      title: messages.title,
      body: [messages.intro(events.length), ...lines].join('\n'),
      suggestions: [],
      visibility: 'public',
      attachments: [{ name: messages.imageName, contentType: 'image/png', description: messages.imageDescription(events.length), data: svgToPng(svg) }],
    };
  },
} satisfies Command;
