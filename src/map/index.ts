export {createMapView, MapUnavailableError, ENGLAND_BOUNDS, type MapView} from './map-view';
export {bindStoreToMap} from './bind-store';
export {bindFlowsToMap} from './bind-flows';
