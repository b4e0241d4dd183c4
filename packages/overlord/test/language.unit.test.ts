import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src';

describe('language detection', () => {
  it.each([
    ['Nuclear power is safe because modern reactors have passive cooling.', 'eng'],
    [
      'Rent control reduces housing supply, landlords exit markets, tenants suffer long term.',
      'eng',
    ],
    [
      'According to https://www.iaea.org data, nuclear plants have lower deaths per TWh than coal.',
      'eng',
    ],
    ['you idiot', 'eng'],
    [
      'La energía nuclear es segura porque los reactores modernos tienen refrigeración pasiva.',
      'spa',
    ],
    ['Wir brauchen mehr Wohnungen in der Stadt, weil die Mieten steigen.', 'deu'],
    ['Ceci est un texte en français sur la politique énergétique du pays.', 'fra'],
    ['Это хорошая идея, потому что энергия дешевле.', 'rus'],
    ['', 'und'],
  ])('%j -> %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });
});
