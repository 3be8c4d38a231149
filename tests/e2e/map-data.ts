// The committed data as the browser tests need it: option colours and STP anchor points.
import {readFileSync} from 'node:fs';

export const NORTHAMPTONSHIRE = 'E54000020';

const options = JSON.parse(readFileSync('data/england-2018/options.json', 'utf8')).options as {
  id: string;
  regions: {id: string; name: string; colour: string}[];
  assignments: Record<string, string>;
}[];

/** The colour of an STP's region under an option, as data/england-2018/options.json gives it. */
export const colourOf = (optionId: string, area: string): string => {
  const o = options.find((x) => x.id === optionId)!;
  return o.regions.find((r) => r.id === o.assignments[area])!.colour;
};

const anchors = JSON.parse(
  readFileSync('data/england-2018/stps.topo.json', 'utf8'),
).objects.areas.geometries.map(
  (g: {properties: {code: string; anchor: [number, number]}}) => g.properties,
) as {code: string; anchor: [number, number]}[];

/** An STP's interior point [lon, lat]. */
export const anchorOf = (code: string): [number, number] =>
  anchors.find((a) => a.code === code)!.anchor;
