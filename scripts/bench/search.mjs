// The first query of each of a few searches in headless Chromium, each in a fresh browser
// context (nothing cached): the bytes of search.js and of the index it downloads
// (uncompressed, meta.json included) and the time from the query to its first ten results
// with their fragments, on the search page as a reader opens it.
// Usage: node scripts/bench/search.mjs <built site> <port>. Prints one line per query.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../tests/browser/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const [site, portText] = process.argv.slice(2);
const port = Number(portText);
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = await readFile(normalize(join(site, path)));
    const type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".json") ? "application/json" : "text/html; charset=utf-8";
    res.writeHead(200, { "content-type": type });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const queries = [["/tim-kiem/", "cong doan"], ["/tim-kiem/", "thanh hoa"], ["/tim-kiem/", "đại biểu"],
  ["/tim-kiem/", "dak lak"], ["/en/search/", "conference delegates"]];
try {
  for (const [path, query] of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page loads meta.json when it opens, before the reader has typed.
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
    const result = await page.evaluate(async (query) => {
      const index = campaignSearch.index;
      const start = performance.now();
      const found = (await index.search(query)).results;
      await Promise.all(found.slice(0, 10).map((r) => index.fragment(r.id)));
      const ms = performance.now() - start;
      const bytes = performance.getEntriesByType("resource")
        .filter((e) => e.name.includes("/search-index/") || e.name.endsWith("/search.js"))
        .reduce((sum, e) => sum + e.decodedBodySize, 0);
      return { results: found.length, ms: Math.round(ms), kb: Math.round(bytes / 102.4) / 10 };
    }, query);
    console.log(`${path} "${query}": ${result.results} results, ${result.kb} KB of index and code, ${result.ms} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
