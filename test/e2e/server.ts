/**
 * A plain static server for the built pages (Node's http, as any web server would serve the
 * files: no webpack dev server), on 127.0.0.1 and a port the system picks. `prefix` serves
 * the folder under a path, as an office's server would (https://host/selfeval/…).
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import { AddressInfo } from "net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".gif": "image/gif",
  ".xml": "application/xml",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  /** origin + prefix: where the folder's files are. */
  base: string;
  close(): Promise<void>;
}

export async function serveFolder(root: string, prefix = "/"): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relative = path.normalize(pathname.slice(prefix.length)).replace(/^([/\\])+/, "");
    const file = path.join(root, relative);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
