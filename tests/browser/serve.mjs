// A built site served on loopback as a static host serves it (index.html for folders, each
// language's 404 page), and Debian's Chromium started for the checks.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { chromium } from "playwright-core";

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml",
  ".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".xml": "application/xml",
  ".csv": "text/csv", ".json": "application/json",
};

export async function serve(site, port) {
  const origin = `http://127.0.0.1:${port}`;
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, origin).pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(site, path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(await readFile(join(site, path.startsWith("/en/") ? "en/404.html" : "404.html")));
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  return { origin, server };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
