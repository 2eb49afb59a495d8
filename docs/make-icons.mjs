// Draws the toolbar icon (a pair of quotation marks on a rounded square) into public/icon/*.png
// with nothing but zlib: run `node docs/make-icons.mjs` after changing the design.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [31, 95, 191];
const FG = [255, 255, 255];
const SAMPLES = 4; // per axis, for anti-aliased edges

/** Coverage of the shape at (x, y) in a 0..1 square: 0 outside, 1 background, 2 quotation mark. */
function shapeAt(x, y) {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  // two opening quotation marks: a round head with a tail curving up and to the left
  for (const ox of [0.3, 0.64]) {
    const hx = ox,
      hy = 0.56,
      hr = 0.13;
    if ((x - hx) ** 2 + (y - hy) ** 2 <= hr * hr) return 2;
    // the tail: a thick arc from the head's left side curving up to the right
    const ax = hx + 0.16,
      ay = 0.58,
      ar = 0.29,
      thick = 0.075;
    const angle = Math.atan2(y - ay, x - ax);
    const onRing = Math.abs(Math.hypot(x - ax, y - ay) - (ar - thick / 2)) <= thick / 2;
    if (onRing && y < hy && angle >= -Math.PI && angle <= -Math.PI * 0.55) return 2;
  }
  return 1;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s === 1) bg++;
          else if (s === 2) fg++;
        }
      }
      const n = SAMPLES * SAMPLES,
        cover = (bg + fg) / n,
        mix = fg / Math.max(1, bg + fg);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BG[c] * (1 - mix) + FG[c] * mix);
      rgba[i + 3] = Math.round(cover * 255);
    }
  }
  return png(size, size, rgba);
}

function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const out = new URL('../public/icon/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`${size}.png`, out), render(size));
console.log('wrote public/icon/{16,32,48,128}.png');
