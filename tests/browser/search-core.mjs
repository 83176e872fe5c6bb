// Runs the theme's search.js in Node on a built index: node search-core.mjs <index folder>
// <query>... Prints, per query, the results best first as JSON ({query, results: [{url,
// title, phrase}]}), and the bytes of index each query read.
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [folder, ...queries] = process.argv.slice(2);
await import(join(here, "../../themes/default/static/search.js"));
const { Index } = globalThis.campaignSearch;
const out = [];
for (const query of queries) {
  let bytes = 0;
  const index = new Index(async (path) => {
    const text = await readFile(join(folder, path.split("?")[0]), "utf8");
    bytes += Buffer.byteLength(text);
    return JSON.parse(text);
  });
  const first = await index.search(query);
  const found = first.results.concat(first.rest ? await first.rest() : []);
  const results = [];
  for (const r of found.slice(0, 10)) {
    const f = await index.fragment(r.id);
    results.push({ url: f.u, title: f.t, phrase: r.phrase });
  }
  out.push({ query, count: found.length, bytes, results });
}
console.log(JSON.stringify(out, null, 1));
