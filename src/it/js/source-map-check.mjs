// Maps a position of a development build back through its source map with Node's own SourceMap
// and prints where it lands, as JSON: {file, sourcesWithContent, origin: {source, line}}.
// Usage: node source-map-check.mjs <built .js or .mjs> <text to find in it>
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {SourceMap} from 'node:module';

const [built, needle] = process.argv.slice(2);
const code = readFileSync(built, 'utf8');
const comment = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/);
if (!comment) throw new Error(built + ' has no sourceMappingURL comment at its end');
const payload = JSON.parse(readFileSync(join(dirname(built), comment[1]), 'utf8'));
const at = code.indexOf(needle);
if (at < 0) throw new Error(needle + ' not found in ' + built);
const before = code.slice(0, at).split('\n');
const entry = new SourceMap(payload).findEntry(before.length - 1, before[before.length - 1].length);
console.log(JSON.stringify({
  map: comment[1],
  sourcesWithContent: payload.sources.filter((s, i) => payload.sourcesContent && payload.sourcesContent[i]).length,
  sources: payload.sources.length,
  origin: {source: entry.originalSource, line: entry.originalLine},
}));
