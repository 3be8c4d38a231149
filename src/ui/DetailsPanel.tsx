import {optionSourceLine} from '../domain/option-labels';
import type {FootprintData} from '../data/load';
import type {BoundaryOption} from '../domain/types';
import {useFootprint} from '../state/store';
import {AreaDetails} from './AreaDetails';
import {RegionDetails} from './RegionDetails';
import {optionDate} from './OptionSwitch';
import {ComparisonDetails} from './compare/CompareSummary';
import {UserBuiltTag} from './UserBuiltTag';
import {OptionSplits} from './OptionSplits';
import {useShownOptions} from './later-options';
import {groupNounOf, withArticle, wordsIn} from '../domain/geography';

export function DetailsPanel({data, option}: {data: FootprintData; option: BoundaryOption}) {
  const selectedArea = useFootprint((s) => s.selectedArea);
  const selectedRegion = useFootprint((s) => s.selectedRegion);
  const options = useShownOptions(data);
  const area = data.areas.find((s) => s.code === selectedArea);
  const region = option.regions.find((r) => r.id === selectedRegion);
  // The panel is not live: it would read out every table, and again as lazy data arrives.
  // One short line says what it now shows.
  return (
    <section className="fp-details" aria-label="Details" data-testid="details">
      <p className="fp-visually-hidden" role="status" data-testid="details-status">
        Showing {area ? area.name : region ? region.name : option.title}
      </p>
      {area ? (
        <AreaDetails area={area} data={data} option={option} />
      ) : region ? (
        <RegionDetails region={region} data={data} option={option} />
      ) : (
        <>
          <ComparisonDetails data={data} option={option} />
          <h2 className="nhsuk-heading-m">
            {option.title}
            <UserBuiltTag option={option} />
          </h2>
          <p>{option.description}</p>
          <OptionSplits data={data} option={option} />
          <p className="nhsuk-body-s" data-testid="option-source">
            {optionDate(option)}. Source:{' '}
            {wordsIn(optionSourceLine(option, options), data.geography)}.
          </p>
          <p className="nhsuk-body-s" data-testid="terms">
            {data.geography.about}
          </p>
          <p className="nhsuk-body-s">
            Select {withArticle(data.geography.areas.noun.one)} on the map or in the list, or{' '}
            {withArticle(groupNounOf(option, data.geography).one)} in the legend.
          </p>
        </>
      )}
    </section>
  );
}
