// Renders a page in headless Chromium and checks it from the rendered DOM, over the DevTools protocol on a pipe
// (--remote-debugging-pipe: no WebSocket, no npm package, no downloaded browser).
//
//   node check-page.mjs cli     --page PAGE.html --entities ENTITIES.jsonl --screenshot OUT.png [--dark-screenshot OUT.png]
//   node check-page.mjs hostile --page PAGE.html --screenshot OUT.png
//   node check-page.mjs webapi  --url http://127.0.0.1:PORT/ --text ARTICLE.txt --screenshot OUT.png
//
// cli: every entity of ENTITIES.jsonl (newsnlp extract's JSONL) is a <mark> of its kind with its offsets, text and a
// visible label; the tooltip opens on focus; the salient list comes before the text; label and text contrast is at least
// 4.5:1 in light and dark mode; the page makes no network request at all. hostile: input written as markup stayed text,
// nothing ran, nothing was fetched. webapi: the page posts the article to /extract and marks every entity the API
// returns, requesting nothing but the page and /extract, and runs nothing of the article. data: URLs are not requests
// and are not allowed either. Exits 1 with the reasons on any failure.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i += 2) options[rest[i].replace(/^--/, "")] = rest[i + 1];
const failures = [];
const check = (condition, message) => { if (!condition) failures.push(message); };
const shortLabels = { PERSON: "PER", ORGANIZATION: "ORG", LOCATION: "LOC", DATE: "DATE", MISC: "MISC" };

const profile = mkdtempSync(join(tmpdir(), "newsnlp-chromium-"));
const browser = spawn(process.env.CHROMIUM ?? "/usr/bin/chromium", [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-extensions", `--user-data-dir=${profile}`,
  // Belt and braces: a name lookup fails, so even a request the checks missed could not leave the machine.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--remote-debugging-pipe", "about:blank",
], { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
// A command written after the browser has gone fails on its own; the exit code and the checks tell.
browser.stdio[3].on("error", () => {});
let browserLog = "";
browser.stderr.on("data", (chunk) => { browserLog = (browserLog + chunk).slice(-4000); });
const watchdog = setTimeout(() => finish(["timed out after 120 s"]), 120_000);

// The protocol: JSON messages, each ended by a NUL byte, commands on fd 3 and answers and events on fd 4.
let nextId = 1;
const pending = new Map();
const listeners = [];
let received = Buffer.alloc(0);
browser.stdio[4].on("data", (chunk) => {
  received = Buffer.concat([received, chunk]);
  for (let end = received.indexOf(0); end >= 0; end = received.indexOf(0)) {
    const message = JSON.parse(received.subarray(0, end).toString("utf8"));
    received = received.subarray(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve: done, reject, method } = pending.get(message.id);
      pending.delete(message.id);
      message.error ? reject(new Error(`${method}: ${message.error.message}`)) : done(message.result);
    } else if (message.method) {
      for (const listener of listeners) if (listener.method === message.method && listener.sessionId === message.sessionId) listener.handler(message.params);
    }
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  browser.stdio[3].write(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }) + "\0");
  return new Promise((done, reject) => pending.set(id, { resolve: done, reject, method }));
}
const on = (sessionId, method, handler) => listeners.push({ sessionId, method, handler });

async function openPage() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const page = {
    requests: [], problems: [],
    send: (method, params) => send(method, params, sessionId),
    async evaluate(expression) {
      const answer = await page.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
      if (answer.exceptionDetails) throw new Error(`in the page: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
      return answer.result.value;
    },
    async open(url) {
      const loaded = new Promise((done) => on(sessionId, "Page.loadEventFired", done));
      await page.send("Page.navigate", { url });
      await loaded;
    },
    async screenshot(path) {
      const { cssContentSize } = await page.send("Page.getLayoutMetrics");
      const clip = { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.min(Math.ceil(cssContentSize.height), 6000), scale: 1 };
      const { data } = await page.send("Page.captureScreenshot", { format: "png", clip, captureBeyondViewport: true });
      writeFileSync(path, Buffer.from(data, "base64"));
      console.log(`screenshot: ${path} (${clip.width}x${clip.height})`);
    },
  };
  on(sessionId, "Network.requestWillBeSent", (event) => page.requests.push(`${event.request.method} ${event.request.url}`));
  on(sessionId, "Network.webSocketCreated", (event) => page.requests.push(`WEBSOCKET ${event.url}`));
  on(sessionId, "Runtime.exceptionThrown", (event) => page.problems.push(`exception: ${event.exceptionDetails.exception?.description ?? event.exceptionDetails.text}`));
  on(sessionId, "Log.entryAdded", (event) => { if (event.entry.level === "error") page.problems.push(`${event.entry.source}: ${event.entry.text}`); });
  for (const domain of ["Page", "Network", "Runtime", "Log"]) await page.send(`${domain}.enable`);
  await page.send("Emulation.setDeviceMetricsOverride", { width: 1100, height: 1400, deviceScaleFactor: 1, mobile: false });
  return page;
}

// Every mark as the reader sees it: its kind, offsets, own text (without label and tooltip), label and whether the label
// shows, and the colours that must contrast.
const readMarks = (scope) => `(() => [...document.querySelectorAll(${JSON.stringify(scope)})].map((mark) => {
  const label = mark.querySelector(":scope > .k"), tip = mark.querySelector(":scope > .tip");
  let text = "";
  for (const node of mark.childNodes) if (node !== label && node !== tip) text += node.textContent;
  const labelStyle = label ? getComputedStyle(label) : null, box = label ? label.getBoundingClientRect() : null;
  const markStyle = getComputedStyle(mark);
  return { kind: mark.dataset.kind, start: Number(mark.dataset.start), end: Number(mark.dataset.end), text, cls: mark.className,
    label: label ? label.textContent : null, labelShown: !!label && labelStyle.display !== "none" && labelStyle.visibility !== "hidden" && box.width > 0 && box.height > 0,
    tipHidden: !!tip && getComputedStyle(tip).display === "none",
    background: markStyle.backgroundColor, color: markStyle.color, labelColor: labelStyle ? labelStyle.color : null };
}))()`;

function compareMarks(marks, entities, where) {
  check(marks.length === entities.length, `${where}: ${marks.length} marks for ${entities.length} entities`);
  entities.forEach((entity, i) => {
    const mark = marks[i];
    if (!mark) return;
    const expected = shortLabels[entity.type] ?? entity.type;
    check(mark.kind === entity.type && mark.start === entity.start && mark.end === entity.end && mark.text === entity.text,
      `${where}: entity ${i} ${entity.type} [${entity.start}..${entity.end}) "${entity.text}" is marked ${mark.kind} [${mark.start}..${mark.end}) "${mark.text}"`);
    check(mark.label === expected && mark.labelShown, `${where}: entity ${i} "${entity.text}" shows label "${mark.label}" (visible: ${mark.labelShown}), not ${expected}`);
    check(mark.tipHidden, `${where}: entity ${i} shows its tooltip without hover or focus`);
  });
  const byKind = new Map();
  for (const mark of marks) byKind.set(mark.kind, mark.background);
  const colours = [...byKind.values()];
  check(new Set(colours).size === colours.length, `${where}: two kinds share a background colour: ${JSON.stringify([...byKind])}`);
}

const channels = (rgb) => (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
const luminance = (rgb) => { const [r, g, b] = channels(rgb); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
function checkContrast(marks, scheme) {
  const seen = new Set();
  for (const mark of marks) {
    if (seen.has(mark.cls)) continue;
    seen.add(mark.cls);
    const text = contrast(mark.color, mark.background), label = contrast(mark.labelColor, mark.background);
    check(text >= 4.5 && label >= 4.5, `${scheme}: ${mark.cls} text contrast ${text.toFixed(2)}, label ${label.toFixed(2)} (4.5 needed)`);
    console.log(`${scheme}: ${mark.cls.padEnd(10)} text ${text.toFixed(1)}:1, label ${label.toFixed(1)}:1`);
  }
}

async function checkCliPage(page) {
  const url = pathToFileURL(resolve(options.page)).href;
  await page.open(url);
  const entities = readFileSync(options.entities, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
  const marks = await page.evaluate(readMarks(".text mark.e"));
  compareMarks(marks, entities, "page");
  check(entities.length > 0, "the input has no entities to check");
  const layout = await page.evaluate(`(() => {
    const list = document.querySelector("ol.salient"), text = document.querySelector(".text"), first = document.querySelector(".text mark.e");
    first.focus();
    return { salient: list ? list.querySelectorAll("li").length : 0, before: !!list && !!(list.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING),
      tipOnFocus: getComputedStyle(first.querySelector(".tip")).display, scripts: document.scripts.length, legend: document.querySelectorAll(".legend li").length };
  })()`);
  check(layout.salient > 0 && layout.before, `the salient entities are not listed before the text: ${JSON.stringify(layout)}`);
  check(layout.tipOnFocus === "block", `the tooltip does not open on focus: ${layout.tipOnFocus}`);
  check(layout.scripts === 0, `the page has ${layout.scripts} scripts`);
  check(layout.legend >= 5, "the legend is missing");
  await page.evaluate("document.activeElement.blur()");
  checkContrast(marks, "light");
  await page.screenshot(options.screenshot);
  await page.send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "dark" }] });
  const dark = await page.evaluate(readMarks(".text mark.e"));
  check(luminance(await page.evaluate("getComputedStyle(document.body).backgroundColor")) < 0.05, "dark mode keeps a light background");
  checkContrast(dark, "dark");
  if (options["dark-screenshot"]) await page.screenshot(options["dark-screenshot"]);
  check(page.requests.every((request) => request === `GET ${url}`), `the page made requests: ${page.requests.join(", ")}`);
  console.log(`page: ${marks.length} entities marked as extracted; requests: ${page.requests.join(", ")}`);
}

async function checkHostilePage(page) {
  const url = pathToFileURL(resolve(options.page)).href;
  await page.open(url);
  const seen = await page.evaluate(`({ pwned: window.__pwned === true, scripts: document.scripts.length, images: document.images.length,
    svgs: document.querySelectorAll("svg").length, styles: document.querySelectorAll("style").length, iframes: document.querySelectorAll("iframe").length,
    shownAsText: document.body.innerText.includes("<script>window.__pwned=true</script>"), bidiShown: document.body.innerText.includes("U+202E"),
    rawBidi: document.body.innerText.includes("\\u202E"), heading: document.querySelector("h2").textContent })`);
  check(!seen.pwned && seen.scripts === 0 && seen.images === 0 && seen.svgs === 0 && seen.iframes === 0 && seen.styles === 1, `hostile input became markup: ${JSON.stringify(seen)}`);
  check(seen.shownAsText, "the hostile script is not shown as text");
  check(seen.bidiShown && !seen.rawBidi, "a bidi control is not shown as its code point");
  check(seen.heading.includes("<img"), `the hostile id is not shown as text: ${seen.heading}`);
  check(page.requests.every((request) => request === `GET ${url}`), `the hostile page made requests: ${page.requests.join(", ")}`);
  await page.screenshot(options.screenshot);
  console.log(`hostile page: nothing ran or was fetched (${JSON.stringify(seen)})`);
}

async function checkWebApiPage(page) {
  const base = new URL(options.url);
  const text = readFileSync(options.text, "utf8");
  let expected;
  for (let attempt = 0; !expected; attempt++) {
    try {
      const response = await fetch(new URL("extract", base), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
      expected = await response.json();
    } catch (error) {
      if (attempt >= 60) throw new Error(`the API at ${base} did not answer: ${error.message}`);
      await new Promise((done) => setTimeout(done, 1000));
    }
  }

  await page.open(base.href);
  await page.evaluate(`(() => { document.getElementById("input").value = ${JSON.stringify(text)}; document.getElementById("analyse").click(); })()`);
  let count = 0;
  for (let waited = 0; waited < 30_000 && count === 0; waited += 200) {
    await new Promise((done) => setTimeout(done, 200));
    count = await page.evaluate(`document.querySelectorAll("#text mark.e").length`);
  }

  const marks = await page.evaluate(readMarks("#text mark.e"));
  compareMarks(marks, expected.entities, "WebApi page");
  const salient = await page.evaluate(`[...document.querySelectorAll("#salient li")].map((item) => item.querySelector(".e").firstChild.textContent)`);
  check(JSON.stringify(salient) === JSON.stringify(expected.groups.slice(0, 5).map((group) => group.name)), `the salient list ${JSON.stringify(salient)} is not the API's first groups`);
  checkContrast(marks, "light");
  const ran = await page.evaluate(`({ pwned: window.__pwned === true, scripts: document.scripts.length, images: document.images.length, svgs: document.querySelectorAll("svg").length })`);
  check(!ran.pwned && ran.scripts === 1 && ran.images === 0 && ran.svgs === 0, `the article became markup or code: ${JSON.stringify(ran)}`);
  await page.screenshot(options.screenshot);
  const allowed = [`GET ${base.href}`, `POST ${new URL("extract", base).href}`];
  check(page.requests.every((request) => allowed.includes(request)), `the page made other requests: ${page.requests.join(", ")}`);
  check(page.requests.filter((request) => request === allowed[1]).length === 1, `the page posted ${page.requests.filter((r) => r === allowed[1]).length} times`);
  console.log(`WebApi page: ${marks.length} entities marked as the API returned them; requests: ${page.requests.join(", ")}`);
}

// The profile is scratch: removing it is retried for a while, and a leftover directory is reported, never a failure.
async function removeProfile() {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      return;
    } catch (error) {
      if (attempt === 5) { console.error(`note: could not remove ${profile}: ${error.message}`); return; }
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}

async function finish(extra = []) {
  clearTimeout(watchdog);
  const all = [...failures, ...extra];
  const exited = new Promise((done) => { if (browser.exitCode !== null || browser.signalCode !== null) done(); else browser.once("exit", done); });
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));
  // Ask first: a killed browser leaves helper processes that keep writing into the profile for a moment.
  send("Browser.close").catch(() => {});
  await Promise.race([exited, wait(5000)]);
  browser.kill("SIGKILL");
  await Promise.race([exited, wait(5000)]);
  await removeProfile();
  for (const failure of all) console.error(`FAIL: ${failure}`);
  if (all.length > 0 && browserLog) console.error(`chromium said (last lines):\n${browserLog.split("\n").slice(-10).join("\n")}`);
  process.exit(all.length > 0 ? 1 : 0);
}

try {
  const page = await openPage();
  if (mode === "cli") await checkCliPage(page);
  else if (mode === "hostile") await checkHostilePage(page);
  else if (mode === "webapi") await checkWebApiPage(page);
  else throw new Error(`unknown mode '${mode}'`);
  check(page.problems.length === 0, `the page reported errors: ${page.problems.join(" | ")}`);
  await finish();
} catch (error) {
  await finish([error.message]);
}
