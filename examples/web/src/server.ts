import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 3000);
const publicDir = join(process.cwd(), 'public');

const server = createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    return;
  }
  try {
    const page = await readFile(join(publicDir, 'index.html'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('index.html is missing\n');
  }
});

server.listen(port, () => console.log(`listening on :${port}`));
