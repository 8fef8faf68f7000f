import { describe, expect, it } from 'vitest';
import { formSlugPattern } from '../draftChecks';
import { suggestFormSlug } from '../formSlug';

describe('suggestFormSlug', () => {
  it('reads like the public link: words joined by hyphens', () => {
    expect(suggestFormSlug('Contact us', 'lead', [])).toBe('contact-us');
    expect(suggestFormSlug('  Lead capture (2026) ', 'lead', [])).toBe('lead-capture-2026');
  });

  it('falls back to the entity when the label has nothing to build from', () => {
    expect(suggestFormSlug('联系我们', 'lead', [])).toBe('lead-form');
    expect(suggestFormSlug('', 'sales_lead', [])).toBe('sales_lead-form');
  });

  it('steps around slugs already taken', () => {
    expect(suggestFormSlug('Contact us', 'lead', ['contact-us', 'contact-us-2'])).toBe('contact-us-3');
  });

  it('always suggests a slug the server accepts', () => {
    for (const label of ['2026 leads', 'Ünïcödé form', 'x'.repeat(100), '联系', 'Order']) {
      expect(suggestFormSlug(label, 'lead', [])).toMatch(formSlugPattern);
    }
  });
});
