#!/usr/bin/env python3
"""Loads each HTML page Lägesbild writes in headless Chromium and checks what a reader sees.

    check_html.py [--shots DIR] FILE=PAGES [FILE=PAGES ...]

PAGES is the number of A4 pages the page must print on ("3"), or a range ("3-4").
Each page is looked at on screen (a 1200 px wide window) and as printed (A4, through
Chrome's own print to PDF), and must show:

  charts   no two texts of a chart (its SVG <text> and its caption) overlap, and every
           chart text lies inside its chart;
  dates    no ISO date (YYYY-MM-DD) is broken over two lines;
  title    the title's last part (the period, "2023 T3 sep–dec", or the whole title
           when it has no parts) stays on one line;
  width    nothing is wider than the window or the printed page;
  pages    the A4 PDF has the expected number of pages.

Every problem is printed as `FAIL name [screen|print]: what`; the last line is
`browser: N passed, N failed`, one count per file, and the exit status is 1 on any failure.
With --shots, the screenshot, the PDF and (with pdftoppm) its pages as PNG are kept in DIR.
"""
import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SCREEN_WIDTH = 1200
# The printed column: A4 (210 mm) less the page margins of the shared style sheet
# (`@page { margin: 16mm 14mm 18mm }`), at CSS's 96 px per inch.
PRINT_WIDTH = round((210 - 2 * 14) / 25.4 * 96)

# Runs in the page; returns a list of problems as strings.
LAYOUT_JS = r"""
const problems = [];
const short = (s) => { s = s.replace(/\s+/g, ' ').trim(); return s.length > 60 ? s.slice(0, 59) + '…' : s; };
const lines = (rects) => {
  // Distinct line boxes among a range's rectangles (zero-width ones are ignored).
  const tops = [];
  for (const r of rects) {
    if (r.width < 0.5 || r.height < 0.5) continue;
    if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
  }
  return tops.length;
};

// Charts: every text box of a figure (SVG text, caption) against every other.
document.querySelectorAll('figure').forEach((fig, n) => {
  const svg = fig.querySelector('svg');
  const texts = [...fig.querySelectorAll('svg text, figcaption')];
  const boxes = texts.map((el) => ({ el, r: el.getBoundingClientRect(), t: short(el.textContent) }));
  const chart = 'chart ' + (n + 1) + (svg && svg.querySelector('title') ? ' "' + short(svg.querySelector('title').textContent) + '"' : '');
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) {
        problems.push(`charts: in ${chart} "${boxes[i].t}" and "${boxes[j].t}" overlap (${w.toFixed(0)}×${h.toFixed(0)} px)`);
      }
    }
  }
  if (svg) {
    const s = svg.getBoundingClientRect();
    for (const b of boxes) {
      if (b.el.tagName.toLowerCase() !== 'text') continue;
      if (b.r.left < s.left - 1 || b.r.right > s.right + 1 || b.r.top < s.top - 1 || b.r.bottom > s.bottom + 1) {
        problems.push(`charts: in ${chart} "${b.t}" is cut off at the chart's edge`);
      }
    }
  }
});

// Dates: each ISO date in any text on one line.
const broken = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (node.parentElement.closest('svg, title, style')) continue;
  for (const m of node.data.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    if (lines(range.getClientRects()) > 1) broken.push({ date: m[0], el: node.parentElement });
  }
}
if (broken.length) {
  const e = broken[0];
  const more = broken.length > 1 ? ` (and ${broken.length - 1} more)` : '';
  problems.push(`dates: ${e.date} is broken over two lines in <${e.el.tagName.toLowerCase()}> "${short(e.el.textContent)}"${more}`);
}

// Title: the last " · " part, or the whole title, on one line.
const h1 = document.querySelector('h1');
if (!h1) problems.push('title: the page has no <h1>');
else {
  const text = h1.textContent;
  const from = text.lastIndexOf(' · ') >= 0 ? text.lastIndexOf(' · ') + 3 : 0;
  const range = document.createRange();
  // The title may be split over elements (a span around its period): find the offsets in its text nodes.
  let seen = 0, started = false;
  const tw = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  for (let t = tw.nextNode(); t; t = tw.nextNode()) {
    if (!started && seen + t.data.length > from) { range.setStart(t, from - seen); started = true; }
    seen += t.data.length;
    range.setEnd(t, t.data.length);
  }
  if (started && lines(range.getClientRects()) > 1) {
    problems.push(`title: "${short(text.slice(from))}" is broken over two lines`);
  }
}

// Width: nothing wider than the window.
const width = document.documentElement.clientWidth;
const scroll = document.documentElement.scrollWidth;
if (scroll > width) {
  let widest = null;
  document.querySelectorAll('body *').forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 && (!widest || r.right > widest.r.right)) widest = { el, r };
  });
  const what = widest ? ` (<${widest.el.tagName.toLowerCase()}> "${short(widest.el.textContent)}" ends at ${widest.r.right.toFixed(0)} px)` : '';
  problems.push(`width: the page is ${scroll} px wide in a ${width} px window${what}`);
}
return problems;
"""


def page_count(pdf_path):
    out = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True, check=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    if not m:
        raise RuntimeError(f"pdfinfo gave no page count for {pdf_path}")
    return int(m.group(1))


def parse_pages(spec):
    lo, _, hi = spec.partition("-")
    return int(lo), int(hi or lo)


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", f"--window-size={SCREEN_WIDTH},900", "--force-device-scale-factor=1",
                "--lang=sv-SE"):
        options.add_argument(arg)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def set_view(driver, width, media):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


def screenshot(driver, path):
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def check(driver, path, pages, shots):
    name = os.path.splitext(os.path.basename(path))[0]
    problems = []
    driver.get("file://" + os.path.abspath(path))

    set_view(driver, SCREEN_WIDTH, "screen")
    problems += [f"[screen] {p}" for p in driver.execute_script(LAYOUT_JS)]
    if shots:
        screenshot(driver, os.path.join(shots, name + ".png"))

    # The printed column, laid out with the print rules, as the PDF below is.
    set_view(driver, PRINT_WIDTH, "print")
    problems += [f"[print] {p}" for p in driver.execute_script(LAYOUT_JS)]
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 210 / 25.4, "paperHeight": 297 / 25.4, "preferCSSPageSize": True,
        "printBackground": True, "displayHeaderFooter": False})
    pdf_dir = shots or tempfile.mkdtemp()
    pdf_path = os.path.join(pdf_dir, name + ".pdf")
    with open(pdf_path, "wb") as f:
        f.write(base64.b64decode(pdf["data"]))
    count = page_count(pdf_path)
    lo, hi = pages
    if not lo <= count <= hi:
        want = str(lo) if lo == hi else f"{lo}–{hi}"
        problems.append(f"[print] pages: the A4 PDF has {count} pages, expected {want}")
    # A document whose pages are numbered (the law's document) says "k / N" on page k.
    if name.startswith("document-"):
        for k in range(1, count + 1):
            text = subprocess.run(["pdftotext", "-f", str(k), "-l", str(k), "-layout", pdf_path, "-"],
                                  capture_output=True, text=True, check=True).stdout
            if not re.search(rf"(^|\s){k} / {count}(\s|$)", text):
                problems.append(f"[print] page numbers: page {k} does not say {k} / {count}")
    if shots and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", pdf_path, os.path.join(shots, name + "-page")], check=False)
    if not shots:
        shutil.rmtree(pdf_dir, ignore_errors=True)
    return name, count, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", help="keep screenshots and PDFs in this folder")
    parser.add_argument("files", nargs="+", metavar="FILE=PAGES")
    args = parser.parse_args()
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)

    passed = failed = 0
    driver = make_driver()
    try:
        for spec in args.files:
            path, _, pages = spec.rpartition("=")
            if not path:
                sys.exit(f"{spec}: write FILE=PAGES, e.g. report.html=4")
            try:
                name, count, problems = check(driver, path, parse_pages(pages), args.shots)
            except Exception as e:  # a page that cannot be loaded or printed fails on its own
                name, count, problems = os.path.basename(path), 0, [f"could not check: {e}"]
            if problems:
                failed += 1
                for p in problems:
                    print(f"FAIL {name} {p}")
                print(f"failed: {name} ({count} A4 pages)")
            else:
                passed += 1
                print(f"ok: {name} ({count} A4 pages)")
    finally:
        driver.quit()
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
