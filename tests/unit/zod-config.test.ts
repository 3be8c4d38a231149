// The data loaders show zod's issue messages to users (load.ts). zod/mini (src/data/zod.ts)
// says only "Invalid input" unless a locale is configured: these pin the English messages
// that classic zod gave, so a refactor of zod.ts cannot quietly make them vaguer.
import {describe, expect, it} from 'vitest';
import {z} from '../../src/zod';
import {optionsFileSchema} from '../../src/data/schemas';
import {trustSchema} from '../../src/data/flow-schemas';
import {geography} from './real-data';

describe('zod configuration', () => {
  it('gives English messages that say what was expected', () => {
    const wrongType = optionsFileSchema(geography).safeParse({options: [{id: 3}]}).error?.issues[0];
    expect(wrongType?.path).toEqual(['options', 0, 'id']);
    expect(wrongType?.message).toBe('Invalid input: expected string, received number');
    expect(optionsFileSchema(geography).safeParse({options: []}).error?.issues[0]?.message).toBe(
      'Too small: expected array to have >=1 items',
    );
    const offMap = {
      code: 'RNS',
      name: 'Trust',
      areaCode: 'E54000020',
      partCode: 'E38000108',
      lon: 12,
      lat: 52,
    };
    expect(trustSchema(geography).safeParse(offMap).error?.issues[0]?.message).toBe(
      'Too big: expected number to be <=2.8',
    );
  });

  it('keeps our own messages for codes', () => {
    const badCode = {
      code: 'XNS',
      name: 'Trust',
      areaCode: 'E54000020',
      partCode: 'E38000108',
      lon: 0,
      lat: 52,
    };
    expect(trustSchema(geography).safeParse(badCode).error?.issues[0]?.message).toBe(
      'a trust code looks like RNS',
    );
  });

  it('is jitless: parsers are never compiled with new Function (no unsafe-eval in our CSP)', () => {
    expect(z.config().jitless).toBe(true);
  });
});
