// npm run bench:builder: how long one reassignment takes in the option builder's domain code, on
// synthetic geographies from 42 to 6,800 units (scripts/lib/bench-builder.ts). Node only.
import {builderBenchTable} from './lib/bench-builder';

for (const line of builderBenchTable()) console.log(line);
