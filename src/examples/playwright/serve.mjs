// The integrator's own page, on its own origin: site/ at /, and the installed library at /dialpad-cti/.
//   node serve.mjs [port]
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const port = Number(process.argv[2] || 8180);
const roots = {'/dialpad-cti/': 'node_modules/dialpad-cti', '/': 'site'};
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8'};

createServer(async (request, response) => {
  const path = new URL(request.url, 'http://host').pathname;
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  const base = join(process.cwd(), roots[prefix]);
  const file = normalize(join(base, path.slice(prefix.length) || 'index.html'));
  let body;
  try {
    if (!file.startsWith(base + sep)) throw new Error('outside');
    body = await readFile(file);
  } catch {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, {'content-type': types[extname(file)] || 'application/octet-stream'}).end(body);
}).listen(port, 'localhost', () => console.log(`host page: http://localhost:${port}/`));
