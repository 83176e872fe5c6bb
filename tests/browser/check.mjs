// Runs the example site in Debian's Chromium: axe-core on the main page types in both
// languages, the reading aids, requests that leave the site, and screenshots for people to
// look at. Usage: node check.mjs <built site> <port> <screenshot folder>. Prints one JSON report.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { serve, launch } from "./serve.mjs";

const [site, portText, shots] = process.argv.slice(2);
const { origin, server } = await serve(site, Number(portText));
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const browser = await launch();
const report = { violations: [], external: [], aids: {}, screenshots: [] };
const pages = {
  home: ["/", "/en/"],
  section: ["/tin-tuc/", "/en/news/"],
  article: ["/tin-tuc/thanh-hoa-ton-vinh-dien-hinh/", "/en/news/thanh-hoa-ton-vinh-dien-hinh/"],
  results: ["/ket-qua/1-trieu-sang-kien/", "/en/results/1-trieu-sang-kien/"],
  unit: ["/ket-qua/1-trieu-sang-kien/lai-chau/", "/en/results/1-trieu-sang-kien/lai-chau/"],
  sorted: ["/ket-qua/1-trieu-sang-kien/xep-theo/ten/", "/en/results/1-trieu-sang-kien/sort/name/"],
  cluster: ["/ket-qua/1-trieu-sang-kien/cum/bien-gioi-phia-bac/", "/en/results/1-trieu-sang-kien/clusters/bien-gioi-phia-bac/"],
  gallery: ["/tin-tuc/lai-chau-tong-ket-chuong-trinh/", "/en/news/lai-chau-tong-ket-chuong-trinh/"],
  honours: ["/ket-qua/1-trieu-sang-kien/khen-thuong/", "/en/results/1-trieu-sang-kien/honours/"],
  "not-found": ["/404.html", "/en/404.html"],
  search: ["/tim-kiem/", "/en/search/"],
};

async function open(context, path) {
  const page = await context.newPage();
  page.on("request", (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) report.external.push(`${path}: ${r.url()}`); });
  await page.goto(origin + path, { waitUntil: "load" });
  return page;
}

try {
  const modes = [[1280, 900, "desktop"], [390, 844, "phone"], [1280, 900, "contrast"], [1280, 900, "dark"], [390, 844, "phone-dark"]];
  for (const [width, height, name] of modes) {
    const colorScheme = name.endsWith("dark") ? "dark" : "light";
    const context = await browser.newContext({ viewport: { width, height }, colorScheme });
    if (name === "contrast") {
      // The same pages in high contrast, as a reader who chose it sees them on every page.
      await context.addInitScript(() => localStorage.setItem("campaign-site-contrast", "high"));
    }
    for (const [type, paths] of Object.entries(pages)) {
      for (const path of paths) {
        const page = await open(context, path);
        if (!name.startsWith("phone")) {
          await page.addScriptTag({ path: axePath });
          const result = await page.evaluate(() => axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          }));
          for (const v of result.violations) {
            report.violations.push({ path, mode: name, id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) });
          }
        }
        const lang = path.startsWith("/en/") ? "en" : "vi";
        await mkdir(shots, { recursive: true });
        // A full-page screenshot does not scroll, so photos below the fold are loaded first.
        await page.evaluate(() => Promise.all([...document.images].map((img) => {
          img.loading = "eager";
          return img.complete ? null : new Promise((done) => { img.onload = img.onerror = done; });
        })));
        const file = join(shots, `${type}-${lang}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        report.screenshots.push(file);
        await page.close();
      }
    }
    await context.close();
  }

  // Reading aids: A+ makes the text larger, the contrast switch changes the colours, and both
  // are still in force on the next page.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await open(context, "/tin-tuc/");
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  report.aids.visible = await page.isVisible(".reading-aids");
  report.aids.sizeBefore = await size();
  report.aids.backgroundBefore = await background();
  await page.click("[data-text-size='1']");
  await page.click("[data-contrast]");
  report.aids.sizeAfter = await size();
  report.aids.backgroundAfter = await background();
  report.aids.pressed = await page.getAttribute("[data-contrast]", "aria-pressed");
  await page.click(".card a");
  await page.waitForLoadState("load");
  report.aids.sizeNextPage = await size();
  report.aids.backgroundNextPage = await background();
  report.aids.nextPage = new URL(page.url()).pathname;
  await context.close();

  // A gallery's photo opened from the keyboard: the dialog shows it with its caption, the arrow
  // keys go to the next photo, Escape closes it and the focus is back on the photo's link.
  const viewer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const article = await open(viewer, "/tin-tuc/lai-chau-tong-ket-chuong-trinh/");
  const shown = () => article.evaluate(() => {
    const d = document.querySelector("dialog.lightbox");
    return { open: d.open, caption: d.querySelector("figcaption").textContent, alt: d.querySelector("img").alt,
      count: d.querySelector(".lightbox-count").textContent, focused: document.activeElement.className };
  });
  await article.focus(".gallery a.photo-link");
  await article.keyboard.press("Enter");
  await article.waitForSelector("dialog.lightbox[open]");
  report.gallery = { opened: await shown() };
  await article.addScriptTag({ path: axePath });
  const inDialog = await article.evaluate(() => axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  }));
  for (const v of inDialog.violations) {
    report.violations.push({ path: "/tin-tuc/lai-chau-tong-ket-chuong-trinh/", mode: "lightbox", id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) });
  }
  await article.screenshot({ path: join(shots, "lightbox-vi-desktop.png") });
  await article.keyboard.press("ArrowRight");
  report.gallery.next = await shown();
  await article.keyboard.press("Escape");
  report.gallery.closed = await article.evaluate(() => ({
    open: document.querySelector("dialog.lightbox").open,
    back: document.activeElement === document.querySelector(".gallery a.photo-link"),
  }));
  await viewer.close();

  // Without JavaScript the page is whole and the buttons stay hidden.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await open(plain, "/tin-tuc/thanh-hoa-ton-vinh-dien-hinh/");
  report.aids.visibleWithoutScript = await noScript.isVisible(".reading-aids");
  report.aids.articleWithoutScript = (await noScript.textContent("main")).length;
  await plain.close();
  // Search typed as readers type, on each language's page: the pages found, in order, the
  // words marked in the snippets, then axe-core with the results shown.
  report.search = {};
  const typing = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const searches = [["/tim-kiem/", ["thanh hoa", "Thanh Hoá", "dak lak", "dai bieu", "đại biểu", "Lai Châu", "thanh ho"]],
    ["/en/search/", ["conference", "Lai Chau"]]];
  for (const [path, queries] of searches) {
    const page = await open(typing, path);
    for (const q of queries) {
      await page.fill("#search-query", "");
      await page.locator("#search-query").pressSequentially(q);
      await page.waitForFunction((q) => document.getElementById("search-status").textContent.includes(`“${q}”`), q);
      await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0 || /Không tìm|No page/.test(document.getElementById("search-status").textContent));
      const links = await page.$$eval("#search-results h2 a", (as) => as.map((a) => new URL(a.href).pathname));
      const marks = await page.$$eval("#search-results mark", (ms) => ms.map((m) => m.textContent));
      const live = await page.getAttribute("#search-results", "aria-live");
      report.search[`${path} ${q}`] = { links, marks, live, status: await page.textContent("#search-status") };
    }
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    }));
    for (const v of result.violations) {
      report.violations.push({ path, mode: "results", id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) });
    }
    const file = join(shots, `search-results-${path.startsWith("/en/") ? "en" : "vi"}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
  }
  // The keyboard: Enter in the box searches, Tab reaches the first result.
  const keys = await open(typing, "/tim-kiem/");
  await keys.focus("#search-query");
  await keys.keyboard.type("lai chau");
  await keys.keyboard.press("Enter");
  await keys.waitForSelector("#search-results a");
  await keys.keyboard.press("Tab");
  await keys.keyboard.press("Tab");
  report.search.keyboard = { focused: await keys.evaluate(() => document.activeElement.closest("#search-results") !== null), url: new URL(keys.url()).search };
  await typing.close();
  const noScriptSearch = await browser.newContext({ javaScriptEnabled: false });
  const bare = await open(noScriptSearch, "/tim-kiem/");
  report.search.withoutScript = await bare.$$eval("main a", (as) => as.map((a) => new URL(a.href).pathname));
  await noScriptSearch.close();
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(report));
