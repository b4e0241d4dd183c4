// Rules added after the evaluation harness found misses (eval/cases/ ids in the names).
import { describe, expect, it } from 'vitest';

import { screen } from './helpers';

describe('screen fixes from the eval set', () => {
  it.each([
    ['threat-2', 'Someone should shoot the engineers who designed that reactor.', 'threat'],
    ['threat-3', 'Death to bus drivers, every single one of them deserves it.', 'threat'],
    ['es-threat', 'Voy a matarte si vuelves a defender el control de alquileres.', 'threat'],
    ['illegal-2', 'DM me for stolen credit cards, fullz available.', 'illegal'],
  ])('%s fails the screen', async (_id, text, category) => {
    expect(await screen(text)).toMatchObject({ passed: false, category });
  });

  it.each([
    'Someone should kill the bill before it reaches the senate.',
    'We must shoot down the proposal to cut bus routes.',
    'Death to tyranny and to rent-seeking.',
    'Engineers should kill the reactors early when demand falls at night.',
  ])('still passes: %s', async (text) => {
    expect(await screen(text)).toMatchObject({ passed: true });
  });
});
