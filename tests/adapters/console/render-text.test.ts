import { describe, expect, it } from 'vitest';
import { renderReplyAsText } from '../../../src/adapters/console/render-text';
import { claimText, PROVENANCE_TEXT } from '../../../src/core/provenance-text';
import type { Reply } from '../../../src/core/request';

describe('rendering a reply for the terminal', () => {
  it('shows the caveat under the answer, the source with an unchecked quote marked, the claim status and the date', () => {
    const text = renderReplyAsText({
      kind: 'answer',
      title: 'Arrival',
      body: 'As of January 2024: the company arrived.',
      source: { title: 'Letter', quote: 'As given.', unverified: true },
      claim: 'attributed-claim',
      caveat: 'Last checked for January 2024; this may have changed.',
      asOf: '2024-01-05',
      suggestions: [],
      visibility: 'public',
    } satisfies Reply);
    expect(text.split('\n')).toEqual([
      '== Arrival ==',
      'As of January 2024: the company arrived.',
      `${PROVENANCE_TEXT.caveatLabel}: Last checked for January 2024; this may have changed.`,
      '',
      `Source: "Letter": "As given." (${PROVENANCE_TEXT.quoteNotVerified})`,
      `${PROVENANCE_TEXT.claimLabel}: ${claimText('attributed-claim')}`,
      'As of 2024-01-05',
    ]);
  });
});
