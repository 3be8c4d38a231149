// The trade-off between the two options being compared, in words, beside the comparison table:
// shown whenever comparing (not only with the scorecard open). Needs the flows and districts,
// fetched once a comparison is on screen.
import type {FootprintData} from '../../data/load';
import {ComparisonTradeOff} from './TradeOffSentences';
import {useAllCriteria} from './use-criteria';

export function ComparisonTradeOffSection({data}: {data: FootprintData}) {
  const state = useAllCriteria(data, true);
  if (state.status !== 'ready') return null;
  return <ComparisonTradeOff options={state.options} criteria={state.criteria} />;
}
