#!/usr/bin/env node
// Draws the add-in's pictures, each at every size Office asks for (assets/<name>-<size>.png): the
// add-in icon and "Generate return" (a calendar page with a green header and three rising bars, i.e.
// one day's share movements), "Open return pane" (a pane docked beside a sheet) and "Monthly return"
// (the calendar page with a month of days, the last one marked). Plain Node, no packages: shapes are
// tested per sample point (8x8 samples per pixel for anti-aliasing) and the PNG is written by
// hand (IHDR + zlib-deflated IDAT + IEND, each chunk with its CRC-32).
//
// Usage: node scripts/draw-icons.js [outDir]   (default: assets/)
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Office asks for these sizes of every ribbon icon (16, 32 and 80 at least), for each screen scaling.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const SAMPLES = 8; // per axis

// Colours (RGBA). Greens are Excel's brand greens; the outline reads on light and dark ribbons.
const OUTLINE = [0x55, 0x5f, 0x66, 255];
const PAGE = [0xff, 0xff, 0xff, 255];
const HEADER = [0x10, 0x7c, 0x41, 255];
const RING = [0x3b, 0x44, 0x4b, 255];
const BAR_LOW = [0x7f, 0xc8, 0x9d, 255];
const BAR_MID = [0x33, 0xa8, 0x64, 255];
const BAR_HIGH = [0x10, 0x7c, 0x41, 255];

/** Point-in-rounded-rectangle test; coordinates in pixels. */
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function both(a, b) {
  return (x, y) => a(x, y) && b(x, y);
}

/**
 * Where things go, in pixels. Laid out on a 32-unit grid and snapped to whole pixels so that
 * straight edges stay crisp; 16 px is hand-placed (the grid rounds badly there).
 */
function layout(size) {
  if (size <= 16) {
    return {
      page: [1, 2, 15, 15], radius: 1.5, line: 1, headerBottom: 6,
      rings: [[4, 5], [11, 12]], ringTop: 1, ringBottom: 4,
      bars: [[3, 11, 5], [7, 9, 9], [11, 7, 13]], baseline: 13,
    };
  }
  const u = size / 32;
  const px = (v) => Math.round(v * u);
  const line = Math.max(1, Math.round(u));
  const page = [px(4), px(6), size - px(4), size - px(3)];
  const headerBottom = px(12);
  const ringW = Math.max(2, px(3));
  const ring = (cx) => [px(cx) - Math.floor(ringW / 2), px(cx) - Math.floor(ringW / 2) + ringW];
  const baseline = page[3] - line - px(3);
  const barW = px(5);
  const gap = px(2);
  const firstX = Math.round((size - (3 * barW + 2 * gap)) / 2);
  const room = baseline - (headerBottom + px(3));
  const bars = [0.4, 0.7, 1].map((share, i) => {
    const x0 = firstX + i * (barW + gap);
    return [x0, baseline - Math.round(room * share), x0 + barW];
  });
  return {
    page, radius: 3 * u, line, headerBottom,
    rings: [ring(11), ring(21)], ringTop: px(3), ringBottom: px(9),
    bars, baseline,
  };
}

/** The calendar page with rising bars: the add-in's own icon and the "Generate return" command. */
function calendarBars(size) {
  const l = layout(size);
  const [left, top, right, bottom] = l.page;
  const outer = roundRect(left, top, right, bottom, l.radius);
  const inner = roundRect(left + l.line, top + l.line, right - l.line, bottom - l.line, Math.max(0.5, l.radius - l.line));
  const ringR = (l.rings[0][1] - l.rings[0][0]) / 2;
  const barColours = [BAR_LOW, BAR_MID, BAR_HIGH];
  return [
    { test: outer, color: OUTLINE },
    { test: inner, color: PAGE },
    { test: both(inner, (_x, y) => y < l.headerBottom), color: HEADER },
    ...l.rings.map(([x0, x1]) => ({ test: roundRect(x0, l.ringTop, x1, l.ringBottom, ringR), color: RING })),
    ...l.bars.map(([x0, y0, x1], i) => ({ test: roundRect(x0, y0, x1, l.baseline, 0), color: barColours[i] })),
  ];
}

/** The same page with a month of days, the last one marked: the "Monthly return" command. */
function calendarMonth(size) {
  const l = layout(size);
  const [left, top, right, bottom] = l.page;
  const outer = roundRect(left, top, right, bottom, l.radius);
  const inner = roundRect(left + l.line, top + l.line, right - l.line, bottom - l.line, Math.max(0.5, l.radius - l.line));
  const ringR = (l.rings[0][1] - l.rings[0][0]) / 2;
  // A 3 x 3 grid of days between the header and the bottom edge, snapped to whole pixels.
  const x0 = left + l.line + 1;
  const x1 = right - l.line - 1;
  const y0 = l.headerBottom + 1;
  const y1 = bottom - l.line - 1;
  const cells = [];
  // Below 24 px three rows of days turn to mush; two stay legible.
  const n = size < 24 ? 2 : 3;
  const gap = Math.max(1, Math.round(size / 32));
  const w = (x1 - x0 - gap * (n - 1)) / n;
  const h = (y1 - y0 - gap * (n - 1)) / n;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const cx0 = Math.round(x0 + c * (w + gap));
      const cy0 = Math.round(y0 + r * (h + gap));
      cells.push({ test: roundRect(cx0, cy0, Math.round(cx0 + w), Math.round(cy0 + h), 0), color: r === n - 1 && c === n - 1 ? HEADER : BAR_LOW });
    }
  }
  return [
    { test: outer, color: OUTLINE },
    { test: inner, color: PAGE },
    { test: both(inner, (_x, y) => y < l.headerBottom), color: HEADER },
    ...l.rings.map(([rx0, rx1]) => ({ test: roundRect(rx0, l.ringTop, rx1, l.ringBottom, ringR), color: RING })),
    ...cells,
  ];
}

/** A window with a pane docked on its right: the "Open return pane" command. */
function sidePane(size) {
  const u = size / 32;
  const px = (v) => Math.round(v * u);
  const line = Math.max(1, Math.round(u));
  const [left, top, right, bottom] = [px(3), px(5), size - px(3), size - px(5)];
  const radius = Math.max(1, 2.5 * u);
  const outer = roundRect(left, top, right, bottom, radius);
  const inner = roundRect(left + line, top + line, right - line, bottom - line, Math.max(0.5, radius - line));
  const split = px(17);
  const title = top + line + Math.max(2, px(4));
  // Rows shared by both sides, spread over the body and snapped to whole pixels.
  const bodyTop = title + Math.max(1, px(2));
  const bodyBottom = bottom - line - Math.max(1, px(2));
  const rows = 3;
  const gap = Math.max(1, px(2));
  const rowH = (bodyBottom - bodyTop - gap * (rows - 1)) / rows;
  const rowAt = (r) => [Math.round(bodyTop + r * (rowH + gap)), Math.round(bodyTop + r * (rowH + gap) + rowH)];
  // The sheet side: two columns of cells, so the glyph reads as "a pane beside the workbook".
  const sheetLeft = left + line + Math.max(1, px(2));
  const sheetRight = split - Math.max(1, px(2));
  const cellW = (sheetRight - sheetLeft - gap) / 2;
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const [y0, y1] = rowAt(r);
    for (let c = 0; c < 2; c++) {
      const x0 = Math.round(sheetLeft + c * (cellW + gap));
      grid.push({ test: roundRect(x0, y0, Math.round(x0 + cellW), y1, 0), color: BAR_LOW });
    }
  }
  // The pane side: lines of text, thinner than a row.
  const lines = Array.from({ length: rows }, (_, r) => {
    const [y0, y1] = rowAt(r);
    const mid = (y0 + y1) / 2;
    const half = Math.max(0.5, Math.round((y1 - y0) / 4));
    return { test: roundRect(split + line + Math.max(1, px(2)), Math.round(mid - half), right - line - Math.max(1, px(2)), Math.round(mid + half), 0), color: PAGE };
  });
  return [
    { test: outer, color: OUTLINE },
    { test: inner, color: PAGE },
    { test: both(inner, (_x, y) => y < title), color: RING },
    { test: both(inner, (x, y) => x >= split && y >= title), color: HEADER },
    { test: both(inner, (x, y) => x >= split && x < split + line && y >= title), color: OUTLINE },
    ...grid,
    ...lines,
  ];
}

/** Every picture the manifest and the pages use, by file-name prefix. */
const GLYPHS = { icon: calendarBars, generate: calendarBars, pane: sidePane, monthly: calendarMonth };

/** Renders RGBA pixels (non-premultiplied, transparent background). */
function render(size, glyph = calendarBars) {
  const scene = glyph(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const fx = x + (sx + 0.5) / SAMPLES;
          const fy = y + (sy + 0.5) / SAMPLES;
          let c = null;
          for (const layer of scene) if (layer.test(fx, fy)) c = layer.color;
          if (c) {
            const alpha = c[3] / 255;
            r += c[0] * alpha; g += c[1] * alpha; b += c[2] * alpha; a += alpha;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, glyph] of Object.entries(GLYPHS)) {
    for (const size of SIZES) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(size, size, render(size, glyph)));
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
    }
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES, GLYPHS };
