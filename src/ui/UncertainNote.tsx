// The marks of a group no public statement confirms (a region's `uncertain`, e.g. a 2025
// leadership cluster compiled from statements): a tag beside its name and the reason, so an
// unconfirmed grouping is never presented as official. Its name in the data says so too
// ("… (not confirmed)"), which keeps the mark in every view and export that shows the name.
import type {Noun} from '../domain/geography';
import {countOf} from '../domain/geography';
import type {Region} from '../domain/types';

/** The words of the tag, one place for the legend, the details and the tests. */
export const UNCERTAIN_TAG = 'Not confirmed';

/** The tag and the reason for a region's details; nothing for a confirmed region. */
export function UncertainDetails({region}: {region: Pick<Region, 'uncertain'>}) {
  if (!region.uncertain) return null;
  return (
    <p className="nhsuk-body-s fp-uncertain" data-testid="details-uncertain">
      <strong className="nhsuk-tag nhsuk-tag--yellow fp-uncertain__tag">{UNCERTAIN_TAG}</strong>{' '}
      {region.uncertain}
    </p>
  );
}

/** The tag alone, beside a group's name in a list or table (the Regions and comparison tables,
 * the builder's preview); nothing for a confirmed group or none. */
export function UncertainTag({region}: {region: Pick<Region, 'uncertain'> | null | undefined}) {
  if (!region?.uncertain) return null;
  return (
    <>
      {' '}
      <strong
        className="nhsuk-tag nhsuk-tag--yellow fp-uncertain__tag"
        title={region.uncertain}
        data-testid="uncertain-tag"
      >
        {UNCERTAIN_TAG}
      </strong>
    </>
  );
}

/** Under the legend: how many of the option's groups are unconfirmed and where to read why;
 * nothing when every group is confirmed (every 2018 option). `noun`: the option's groups' noun. */
export function UncertainLegendNote({
  regions,
  noun,
}: {
  regions: readonly Pick<Region, 'uncertain'>[];
  noun: Noun;
}) {
  const n = regions.filter((r) => r.uncertain).length;
  if (n === 0) return null;
  return (
    <p className="nhsuk-body-s fp-uncertain" data-testid="legend-uncertain">
      <strong className="nhsuk-tag nhsuk-tag--yellow fp-uncertain__tag">{UNCERTAIN_TAG}</strong>{' '}
      {countOf(n, noun)}, marked with a dashed swatch: no public statement read confirms{' '}
      {n === 1 ? 'it' : 'them'}, so {n === 1 ? 'it is' : 'they are'} not official. Choose one to
      read why.
    </p>
  );
}
