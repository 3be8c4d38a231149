// Builds the test geography into tests/fixtures/geographies/test-grid/, validated with the same
// schemas the app loads it with (the paths in the returned map are relative to the checkout).
import {
  areaTopologySchema,
  contextTopologySchema,
  districtsFileSchema,
  optionsFileSchema,
} from '../../../src/data/schemas';
import {areaFlowsFileSchema} from '../../../src/data/flow-schemas';
import {geographyManifestSchema} from '../../../src/data/manifest-schema';
import {validated} from '../build';
import {gridAreas, gridCells, gridContext} from './grid';
import {gridOptions} from './grid-options';
import {gridDistricts, gridFlows} from './grid-data';
import {GRID_MANIFEST as g} from './grid-manifest';

/** The folder the browser tests serve at geographies/ (tests/e2e/global-setup.ts). */
export const TEST_GEOGRAPHIES = 'tests/fixtures/geographies';

export function buildTestGeographies(): Map<string, string> {
  const cells = gridCells();
  const f = g.files;
  const out = new Map<string, string>();
  const put = (file: string, text: string) => out.set(`${TEST_GEOGRAPHIES}/${g.id}/${file}`, text);
  put('manifest.json', validated('manifest.json', geographyManifestSchema, g, 2));
  put(f.areas, validated(f.areas, areaTopologySchema(g), gridAreas(cells)));
  put(f.context, validated(f.context, contextTopologySchema, gridContext()));
  put(f.options, validated(f.options, optionsFileSchema(g), {options: gridOptions(cells)}, 2));
  put(
    f.districts!,
    validated(f.districts!, districtsFileSchema(g, g.districts!), gridDistricts(cells)),
  );
  put(f.areaFlows!, validated(f.areaFlows!, areaFlowsFileSchema(g), gridFlows(cells)));
  return out;
}
