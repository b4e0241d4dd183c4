import { describe, expect, it } from 'vitest';
import { TAG_VOCABULARY, TagSchema, normaliseTag, suggestTags } from '../src';
import { overlord } from './helpers';

describe('tags', () => {
  it('has a stable vocabulary of about forty lowercase kebab-case tags', () => {
    const tags = Object.keys(TAG_VOCABULARY);
    expect(tags.length).toBeGreaterThanOrEqual(38);
    for (const t of tags) expect(TagSchema.safeParse(t).success).toBe(true);
    for (const t of [
      'economy',
      'energy',
      'climate',
      'housing',
      'technology',
      'ai',
      'privacy',
      'education',
      'health',
      'transport',
      'law',
      'ethics',
      'philosophy',
      'science',
      'culture',
      'media',
      'labour',
      'taxation',
      'foreign-policy',
      'governance',
    ]) {
      expect(tags).toContain(t);
    }
  });

  it('tags a topic by keywords, title words weighing more', () => {
    expect(suggestTags('Should nuclear power replace coal?', 'Reactors and emissions.')[0]).toBe(
      'energy',
    );
    expect(suggestTags('Rent control', 'Landlords and tenants.')).toContain('housing');
    expect(
      suggestTags('Facial recognition cameras', 'Surveillance in public, data protection.'),
    ).toContain('privacy');
    expect(suggestTags('Will AI take our jobs?', 'Automation and the labour market.')).toEqual(
      expect.arrayContaining(['ai', 'labour']),
    );
  });

  it('matches whole words only', () => {
    expect(suggestTags('Said and paid', 'Artful carpets.')).toEqual([]);
  });

  it('reuses known tags that appear in the text, before vocabulary tags', () => {
    const tags = suggestTags(
      'Air quality in cities',
      'Should cars be banned to improve air quality?',
      ['Air Quality', 'unrelated-tag'],
    );
    expect(tags[0]).toBe('air-quality');
    expect(tags).not.toContain('unrelated-tag');
  });

  it('returns at most five tags', () => {
    const tags = suggestTags(
      'Everything',
      'Tax, housing, energy, climate, schools, hospitals, trains, courts, police, religion, war, AI, privacy.',
    );
    expect(tags.length).toBe(5);
  });

  it('normalises tags to kebab-case', () => {
    expect(normaliseTag('  Foreign Policy ')).toBe('foreign-policy');
    expect(normaliseTag('Économie')).toBe('economie');
  });

  it('evaluate assigns tags to topics and reuses knownTags', async () => {
    const r = await overlord.evaluate({
      kind: 'topic',
      title: 'Should the Ministry ban private cars in city centres?',
      text: 'Cars pollute city centres and take space from pedestrians. Would a ban improve air quality, or hurt small businesses?',
      knownTags: ['air-quality'],
    });
    expect(r.tags).toContain('transport');
    expect(r.tags).toContain('air-quality');
    expect(r.tags.length).toBeLessThanOrEqual(5);
  });
});
