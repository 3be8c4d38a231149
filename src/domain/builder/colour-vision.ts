// Colour difference as people see it, with and without colour-vision deficiency: sRGB hex →
// CIELAB (D65), optionally through a simulation of dichromacy first, and CIEDE2000 between two
// colours. Used to warn when two touching regions' colours are hard to tell apart.

/** How a colour is seen: typical vision, or a full dichromacy (Machado et al. 2009, severity 1). */
export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];

/** Plain words for each vision, for messages. */
export const VISION_WORDS: Record<Vision, string> = {
  typical: 'anyone',
  protanopia: 'people with protanopia (red-blind)',
  deuteranopia: 'people with deuteranopia (green-blind)',
  tritanopia: 'people with tritanopia (blue-blind)',
};

type Matrix = readonly [
  readonly [number, number, number],
  readonly [number, number, number],
  readonly [number, number, number],
];

/** Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", IEEE TVCG 15(6), severity 1.0 matrices; they act on linear RGB. */
const MACHADO: Record<Exclude<Vision, 'typical'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** "#77aadd" or "#7ad" → [r, g, b] in 0–1. Throws RangeError on anything else. */
export function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`“${hex}” is not a colour in #rrggbb form.`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** CIELAB (D65 white, 2° observer) of an sRGB hex colour as seen with `vision`: [L*, a*, b*]. */
export function labAsSeen(hex: string, vision: Vision = 'typical'): [number, number, number] {
  let rgb = parseHex(hex).map(toLinear) as [number, number, number];
  if (vision !== 'typical') {
    const m = MACHADO[vision];
    rgb = m.map((row) => clamp01(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as [
      number,
      number,
      number,
    ];
  }
  const [r, g, b] = rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const deg = Math.PI / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005; kL = kC = kH = 1). About 1 is just
 * noticeable side by side; 0 for identical colours. Symmetric. */
export function ciede2000(lab1: readonly number[], lab2: readonly number[]): number {
  const [L1, a1, b1] = lab1 as [number, number, number];
  const [L2, a2, b2] = lab2 as [number, number, number];
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) =>
    b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / deg + 360) % 360;
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0)
    dhp =
      Math.abs(h2p - h1p) <= 180 ? h2p - h1p : h2p - h1p > 180 ? h2p - h1p - 360 : h2p - h1p + 360;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * deg);
  const Lbarp = (L1 + L2) / 2;
  const Cbarp = (C1p + C2p) / 2;
  let hbarp = h1p + h2p;
  if (C1p * C2p !== 0)
    hbarp =
      Math.abs(h1p - h2p) <= 180
        ? (h1p + h2p) / 2
        : h1p + h2p < 360
          ? (h1p + h2p + 360) / 2
          : (h1p + h2p - 360) / 2;
  const T =
    1 -
    0.17 * Math.cos((hbarp - 30) * deg) +
    0.24 * Math.cos(2 * hbarp * deg) +
    0.32 * Math.cos((3 * hbarp + 6) * deg) -
    0.2 * Math.cos((4 * hbarp - 63) * deg);
  const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
  const Cbarp7 = Cbarp ** 7;
  const RC = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
  const SC = 1 + 0.045 * Cbarp;
  const SH = 1 + 0.015 * Cbarp * T;
  const RT = -Math.sin(2 * dTheta * deg) * RC;
  const l = dLp / SL;
  const c = dCp / SC;
  const h = dHp / SH;
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}

/** The smallest CIEDE2000 difference between two colours over every vision, and the vision it
 * occurs in (the first in VISIONS on ties). */
export function leastDifference(hexA: string, hexB: string): {difference: number; vision: Vision} {
  const key = `${hexA} ${hexB}`;
  const known = differences.get(key);
  if (known) return {...known};
  if (differences.size >= MAX_REMEMBERED) differences.clear();
  const best = computeLeastDifference(hexA, hexB);
  differences.set(key, best);
  return {...best};
}

/** Colour pairs already compared (the builder checks every touching pair on each move, and the
 * pairs rarely change): a pure function's results, so at most MAX_REMEMBERED kept. */
const differences = new Map<string, {difference: number; vision: Vision}>();
const MAX_REMEMBERED = 4096;

function computeLeastDifference(hexA: string, hexB: string): {difference: number; vision: Vision} {
  let best = {difference: Infinity, vision: 'typical' as Vision};
  for (const vision of VISIONS) {
    const d = ciede2000(labAsSeen(hexA, vision), labAsSeen(hexB, vision));
    if (d < best.difference) best = {difference: d, vision};
  }
  return best;
}
