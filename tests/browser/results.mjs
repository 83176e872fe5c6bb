// Measures the results pages as readers see them in Chromium: the ranking table at 1280 px
// (no sideways scrolling, numbers on the right and on one line, the heading row sticky), the
// charts at 390 px (the size text is drawn at, no name cut), and sorting by a heading, without
// JavaScript (a page of its own) and with it (in place). Usage: node results.mjs <built site>
// <port>. Prints one JSON report.
import { serve, launch } from "./serve.mjs";

const [site, portText] = process.argv.slice(2);
const { origin, server } = await serve(site, Number(portText));
const browser = await launch();
const overviews = { vi: "/ket-qua/1-trieu-sang-kien/", en: "/en/results/1-trieu-sang-kien/" };
const units = { vi: "/ket-qua/1-trieu-sang-kien/lai-chau/", en: "/en/results/1-trieu-sang-kien/lai-chau/" };
const report = { wide: {}, phone: {}, sorting: {} };

// What a reader of a table at this width sees.
function table() {
  const wrap = document.querySelector("#ranking-table").closest(".table-wrap");
  const lines = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  };
  const cells = [...document.querySelectorAll("td.num")];
  const label = document.getElementById(wrap.getAttribute("aria-labelledby"));
  return {
    pageScrolls: document.documentElement.scrollWidth > innerWidth,
    tableScrolls: wrap.scrollWidth > wrap.clientWidth,
    region: [wrap.getAttribute("role"), wrap.tabIndex, label && label.tagName],
    rightAligned: cells.filter((c) => c.textContent.trim()).every((c) => getComputedStyle(c).textAlign === "right"),
    wrappedNumbers: cells.filter((c) => !c.classList.contains("fig") && c.textContent.trim() && lines(c) > 1).map((c) => c.textContent)
      .concat([...document.querySelectorAll("td .nw")].filter((s) => s.getClientRects().length > 1).map((s) => s.textContent)),
    stickyHeading: getComputedStyle(document.querySelector("#ranking-table thead th")).position,
    stickyNames: getComputedStyle(document.querySelector("#ranking-table tbody th")).position,
    cells: cells.length,
  };
}

// The text of the charts as drawn: the smallest size in CSS pixels, and the labels shown.
function charts() {
  const shown = [...document.querySelectorAll("svg.chart")].filter((s) => s.getBoundingClientRect().width > 0);
  const texts = shown.flatMap((s) => [...s.querySelectorAll("text")].map((t) => ({ s, t })));
  const sizes = texts.map(({ s, t }) => parseFloat(getComputedStyle(t).fontSize) * s.getBoundingClientRect().width / s.viewBox.baseVal.width);
  const ranking = shown.find((s) => s.id === "" && s.getAttribute("aria-labelledby").startsWith("chart-ranking"));
  return {
    charts: shown.length,
    smallest: Math.min(...sizes),
    cut: texts.filter(({ t }) => t.textContent.includes("…")).map(({ t }) => t.textContent),
    outside: texts.filter(({ s, t }) => t.getBoundingClientRect().right > s.getBoundingClientRect().right + 1).map(({ t }) => t.textContent),
    rankingLabels: ranking ? [...ranking.querySelectorAll("text.label")].map((t) => t.textContent).join(" ") : null,
    names: [...document.querySelectorAll("#ranking-table tbody th a")].map((a) => a.textContent),
    pageScrolls: document.documentElement.scrollWidth > innerWidth,
  };
}

const names = () => [...document.querySelectorAll("#ranking-table tbody th a")].map((a) => a.textContent);
const sortState = () => [...document.querySelectorAll("#ranking-table th[aria-sort]")].map((th) => [th.textContent.trim(), th.getAttribute("aria-sort")]);

try {
  const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  for (const [lang, path] of Object.entries(overviews)) {
    let page = await wide.newPage();
    await page.goto(origin + path);
    report.wide[lang] = await page.evaluate(table);
    await page.close();
    for (const p of [path, units[lang]]) {
      page = await phone.newPage();
      await page.goto(origin + p);
      report.phone[p] = await page.evaluate(charts);
      await page.close();
    }
  }
  await phone.close();

  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  for (const [lang, path] of Object.entries(overviews)) {
    const page = await plain.newPage();
    await page.goto(origin + path);
    const before = await page.evaluate(names);
    await Promise.all([page.waitForNavigation(), page.click("#ranking-table thead th:nth-child(2) a")]);
    const byName = { url: new URL(page.url()).pathname, names: await page.evaluate(names), sort: await page.evaluate(sortState) };
    const expected = [...before].sort(new Intl.Collator(lang).compare);
    await Promise.all([page.waitForNavigation(), page.click(`#ranking-table thead a[href$="/${lang === "vi" ? "xep-theo/ty-le" : "sort/percent"}/"]`)]);
    const percents = await page.evaluate(() => [...document.querySelectorAll("#ranking-table tbody tr")].map((tr) => tr.children[tr.children.length - 2].textContent));
    const other = { url: new URL(page.url()).pathname, sort: await page.evaluate(sortState), percents };
    report.sorting[lang] = { before, byName, expected, other };
    await page.close();
  }
  await plain.close();

  for (const [lang, path] of Object.entries(overviews)) {
    const page = await wide.newPage();
    await page.goto(origin + path);
    await page.click("#ranking-table thead th:nth-child(2) a");
    report.sorting[lang].script = { url: new URL(page.url()).pathname, names: await page.evaluate(names), sort: await page.evaluate(sortState) };
    await page.close();
  }
  await wide.close();
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(report));
