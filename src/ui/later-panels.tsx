// The panels that follow a change of the option one render after the map, the Regions table
// and the builder's checks (Explorer passes them the option through useDeferredValue). Each is
// memoised on its props, so the first render after a builder step, which still passes them the
// previous option, skips them; React renders them with the new option straight after, in a
// render that yields to the browser, so the first repaint is not held up by text and charts
// further down the page. Same panels, same props, same output: only the order of the work.
import {memo} from 'react';
import {OptionSwitch} from './OptionSwitch';
import {Legend} from './Legend';
import {DetailsPanel} from './DetailsPanel';
import {AreaList} from './AreaList';
import {SharePanel} from './share/SharePanel';
import {CompareControl} from './compare/CompareControl';
import {PlaceSearch} from './search/PlaceSearch';
import {PresenterMode, PresenterStart} from './presenter/PresenterMode';
import {FlowSection} from './flows/FlowSection';
import {MapLayers} from './regions/MapLayers';
import {MapInWords} from './MapInWords';
import {RegionCharts} from './charts/RegionCharts';
import {Scorecard} from './scorecard/Scorecard';

export const LaterOptionSwitch = memo(OptionSwitch);
export const LaterLegend = memo(Legend);
export const LaterDetailsPanel = memo(DetailsPanel);
export const LaterAreaList = memo(AreaList);
export const LaterSharePanel = memo(SharePanel);
export const LaterCompareControl = memo(CompareControl);
export const LaterPlaceSearch = memo(PlaceSearch);
export const LaterPresenterMode = memo(PresenterMode);
export const LaterPresenterStart = memo(PresenterStart);
export const LaterFlowSection = memo(FlowSection);
export const LaterMapLayers = memo(MapLayers);
export const LaterMapInWords = memo(MapInWords);
export const LaterRegionCharts = memo(RegionCharts);
export const LaterScorecard = memo(Scorecard);
