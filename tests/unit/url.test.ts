import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {
  choicesFromLink,
  decodeChoices,
  encodeChoices,
  LINK_DEFAULTS,
  type KnownOption,
  type LinkChoices,
} from '../../src/state/url';

/** The link defaults of the 2018 geography: its default option, the revised proposal. */
const defaults: LinkChoices = {...LINK_DEFAULTS, optionId: 'revised'};
import {closestName, viewPageParams} from '../../src/state/link-params';
import {linkFor} from '../../src/state/url-sync';
import {EMBED_PARAMS, embedSettingMessages} from '../../src/ui/embed/embed-params';
import {readBoardPackLink} from '../../src/ui/print/board-pack-link';
import {geography} from './real-data';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8'))
  .options as KnownOption[];
const areaCodes = Object.keys(
  (options[0] as unknown as {assignments: Record<string, string>}).assignments,
);
const decode = (search: string) =>
  decodeChoices(search, options, areaCodes, viewPageParams(), geography);

const full: LinkChoices = {
  ...defaults,
  optionId: 'initial',
  compareId: 'before',
  selectedArea: 'E54000020',
  selectedRegion: null,
  layers: {parts: true},
  flows: {visible: true, minVolume: 2500, crossRegionOnly: true, topN: 25, direction: 'in'},
  viewport: {center: [-1.5, 52.5], zoom: 7.25},
};

describe('encodeChoices / decodeChoices', () => {
  it('round-trips every choice', () => {
    const search = encodeChoices(full);
    expect(search).toBe(
      'option=initial&compare=before&stp=E54000020&flows=1&min=2500&top=25&cross=1&dir=in&layers=ccgs&view=52.5%2C-1.5%2C7.25',
    );
    const decoded = decode(search);
    expect(decoded.messages).toEqual([]);
    expect(choicesFromLink(decoded, 'revised')).toEqual(full);
  });

  it('round-trips a selected region and leaves defaults out of the link', () => {
    const choices: LinkChoices = {...defaults, selectedRegion: 'midlands'};
    expect(encodeChoices(choices)).toBe('option=revised&region=midlands');
    expect(choicesFromLink(decode('?option=revised&region=midlands'), 'revised')).toEqual(choices);
  });

  it('reads the readable form of the issue', () => {
    const {choices, messages} = decode(
      '?option=revised&compare=initial&stp=E54000020&flows=1&min=1000&view=52.5,-1.5,7',
    );
    expect(messages).toEqual([]);
    expect(choices).toMatchObject({
      optionId: 'revised',
      compareId: 'initial',
      selectedArea: 'E54000020',
      viewport: {center: [-1.5, 52.5], zoom: 7},
    });
    expect(choices.flows?.visible).toBe(true);
  });

  it('rounds the view so links stay short', () => {
    const s = encodeChoices({
      ...defaults,
      viewport: {center: [-1.123456789, 52.987654321], zoom: 6.123456},
    });
    expect(new URLSearchParams(s).get('view')).toBe('52.9877,-1.1235,6.12');
  });

  it('falls back for an unknown option, says so, and still applies the rest', () => {
    const {choices, messages} = decode('?option=x&stp=E54000020');
    expect(messages).toEqual(["Unknown option 'x' — showing Revised proposal"]);
    expect(choices.optionId).toBe('revised');
    expect(choices.selectedArea).toBe('E54000020');
  });

  it('checks a region against the option it belongs to', () => {
    expect(decode('?option=before&region=midlands').messages[0]).toMatch(
      /Unknown region 'midlands' in Before/,
    );
    expect(decode('?option=before&region=midlands-and-east').choices.selectedRegion).toBe(
      'midlands-and-east',
    );
  });

  it('refuses to compare an option with itself', () => {
    const {choices, messages} = decode('?option=initial&compare=initial');
    expect(choices.compareId).toBeUndefined();
    expect(messages).toHaveLength(1);
  });

  it('keeps an STP over a region when a link names both', () => {
    const {choices, messages} = decode('?stp=E54000020&region=midlands');
    expect(choices.selectedArea).toBe('E54000020');
    expect(choices.selectedRegion).toBeUndefined();
    expect(messages).toHaveLength(1);
  });

  const malformed: [string, RegExp][] = [
    ['?min=-5', /Smallest flow '-5'/],
    ['?min=1e99', /Smallest flow/],
    ['?min=99999999999999999999', /Smallest flow/],
    ['?min=12.5', /Smallest flow/],
    ['?top=0', /Number of flows/],
    ['?top=abc', /Number of flows/],
    ['?flows=yes', /Flows setting/],
    ['?cross=2', /Cross-region/],
    ['?dir=sideways', /Flow direction/],
    ['?layers=ccgs,roads', /Unknown map layer 'roads'/],
    ['?view=52.5,-1.5', /Map view/],
    ['?view=91,0,5', /Map view/],
    ['?view=52.5,-1.5,7,9', /Map view/],
    ['?view=NaN,NaN,NaN', /Map view/],
    ['?view=Infinity,0,1', /Map view/],
    ['?stp=E99999999', /Unknown STP code/],
    ['?stp=<script>alert(1)</script>', /Unknown STP code '<script>alert\(1\)<\/script>'/],
    [
      '?option=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      /Unknown option '<img src=x onerror=alert\(1\)>'/,
    ],
    ['?option=constructor', /Unknown option 'constructor'/],
    ['?region=__proto__', /Unknown region '__proto__'/],
    ['?compare=toString', /Unknown comparison option/],
    [`?option=${'a'.repeat(5000)}`, /Unknown option 'a{39}…'/],
  ];
  it.each(malformed)('reports %s and never throws', (search, message) => {
    const {choices, messages} = decode(search);
    expect(messages.join('\n')).toMatch(message);
    // What survives is always a valid, complete view.
    const full = choicesFromLink({choices, messages}, 'revised');
    expect(options.map((o) => o.id)).toContain(full.optionId);
    expect(Number.isFinite(full.flows.minVolume)).toBe(true);
  });

  it('survives broken escapes, control characters and repeated parameters', () => {
    expect(() => decode('?option=%E0%A4%A&stp=%')).not.toThrow();
    expect(decode('?option=a%00b').messages[0]).toBe(
      "Unknown option 'a b' — showing Revised proposal",
    );
    expect(decode('?option=initial&option=x').choices.optionId).toBe('initial');
  });

  it('caps the number of messages', () => {
    const {messages} = decode(
      '?option=1&compare=2&stp=3&region=4&flows=5&min=6.5&top=7x&cross=8&dir=9&layers=10&view=11',
    );
    expect(messages.length).toBeLessThanOrEqual(9);
    expect(messages.at(-1)).toMatch(/more problems/);
  });

  it('names every parameter the page does not read, suggesting the one likely meant (issue 10.5)', () => {
    const {choices, messages} = decode('?optoin=initial');
    expect(choices).toEqual({});
    expect(messages).toEqual(["Unknown setting 'optoin' — did you mean option?"]);
    expect(decode('?Option=initial&stpp=E54000020&utm_source=x').messages).toEqual([
      "Unknown setting 'Option' — did you mean option?",
      "Unknown setting 'stpp' — did you mean stp?",
      "Unknown setting 'utm_source' — ignored",
    ]);
    expect(decode('?=x').messages).toEqual(["Unknown setting '(empty)' — ignored"]);
  });

  it("reads the page's own parameters and the renderer as known", () => {
    const embed = (s: string) =>
      decodeChoices(s, options, areaCodes, viewPageParams(EMBED_PARAMS), geography);
    expect(embed('?controls=0&autoheight=1&fixed=1&renderer=svg').messages).toEqual([]);
    expect(decode('?controls=0').messages).toEqual(["Unknown setting 'controls' — ignored"]);
    expect(embed('?controll=0').messages).toEqual([
      "Unknown setting 'controll' — did you mean controls?",
    ]);
    expect(decode('?renderer=WebGL').messages).toEqual([]);
    expect(decode('?renderer=canvas').messages).toEqual([
      "Map renderer 'canvas' is not valid — use svg or webgl",
    ]);
  });

  it('reports a parameter given twice and uses the first', () => {
    const {choices, messages} = decode('?option=initial&option=before&option=x');
    expect(choices.optionId).toBe('initial');
    expect(messages).toEqual(['The link gives option more than once — using the first']);
  });

  it('accepts codes and ids in any case (issue 10.4)', () => {
    const {choices, messages} = decode(
      '?stp=e54000020&option=INITIAL&compare=Before&layers=CCGs&dir=In',
    );
    expect(messages).toEqual([]);
    expect(choices).toMatchObject({
      selectedArea: 'E54000020',
      optionId: 'initial',
      compareId: 'before',
      layers: {parts: true},
    });
    expect(choices.flows?.direction).toBe('in');
    expect(decode('?option=before&region=Midlands-And-East').choices.selectedRegion).toBe(
      'midlands-and-east',
    );
    expect(decode('?stp=%20e54000020%20').choices.selectedArea).toBe('E54000020');
  });
});

describe('suggestions for misspelt parameter names', () => {
  const known = viewPageParams(EMBED_PARAMS);
  it.each([
    ['optoin', 'option'],
    ['opton', 'option'],
    ['OPTION', 'option'],
    ['comapre', 'compare'],
    ['reigon', 'region'],
    ['lyers', 'layers'],
    ['autohieght', 'autoheight'],
    ['rendrer', 'renderer'],
  ])('%s → %s', (typo, meant) => expect(closestName(typo, known)).toBe(meant));
  it.each(['utm_source', 'x', 'zoom', 'a'.repeat(100)])('%s → nothing', (name) =>
    expect(closestName(name, known)).toBeNull(),
  );
});

describe('linkFor', () => {
  it('drops parameters the page does not read and keeps its own and the hash', () => {
    const href =
      'https://example.org/embed.html?optoin=initial&controls=0&option=before&option=x&renderer=svg#map';
    const link = linkFor({...defaults, optionId: 'initial'}, href, EMBED_PARAMS);
    expect(link).toBe('https://example.org/embed.html?controls=0&renderer=svg&option=initial#map');
    expect(linkFor(defaults, 'https://example.org/?controls=0&utm_source=x')).toBe(
      'https://example.org/?option=revised',
    );
    expect(linkFor(defaults, 'https://example.org/?renderer=canvas')).toBe(
      'https://example.org/?option=revised',
    );
    expect(linkFor(defaults, 'https://example.org/?renderer=SVG')).toBe(
      'https://example.org/?renderer=svg&option=revised',
    );
  });
});

describe('the pages’ own parameters', () => {
  it('embed settings other than 0 or 1 are named', () => {
    expect(embedSettingMessages('?fixed=1&controls=0&autoheight=1')).toEqual([]);
    expect(embedSettingMessages('?fixed=yes&controls=no')).toEqual([
      "Embed setting fixed='yes' is not valid — use 0 or 1; using 0",
      "Embed setting controls='no' is not valid — use 0 or 1; using 1",
    ]);
  });

  it('the board pack reads its baseline in any case and names the rest', () => {
    expect(readBoardPackLink('?baseline=INITIAL&renderer=svg', options)).toEqual({
      baselineId: 'initial',
      messages: [],
      cleanSearch: 'baseline=initial&renderer=svg',
    });
    // option= and compare= are read (they bring user-built options along), so another name here.
    const odd = readBoardPackLink('?basline=initial&colour=x&baseline=nope', options);
    expect(odd.baselineId).toBe('before');
    expect(odd.messages).toEqual([
      "Unknown baseline 'nope' — comparing with Before (five regions)",
      "Unknown setting 'basline' — did you mean baseline?",
      "Unknown setting 'colour' — ignored",
    ]);
    expect(odd.cleanSearch).toBe('');
  });
});
