import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the toolbar icon (a white "D" on the accent blue, rounded square) as PNGs in
 * public/icon/, where WXT finds them. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 */
const SIZES = [16, 32, 48, 128];
const ACCENT = [0x2f, 0x6f, 0xde];
const SAMPLES = 4;

function inRoundedSquare(x: number, y: number, r = 0.22): boolean {
  const dx = Math.max(r - x, x - (1 - r), 0);
  const dy = Math.max(r - y, y - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function inD(x: number, y: number): boolean {
  const inShape = (left: number, top: number, radius: number) =>
    (x >= left && x <= 0.5 && y >= top && y <= 1 - top) || (x >= 0.5 && (x - 0.5) ** 2 + (y - 0.5) ** 2 <= radius ** 2);
  return inShape(0.3, 0.25, 0.25) && !inShape(0.41, 0.36, 0.14);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (inRoundedSquare(x, y)) {
            bg++;
            if (inD(x, y)) fg++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const white = bg ? fg / bg : 0;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round((ACCENT[c] ?? 0) * (1 - white) + 255 * white);
      row[o + 3] = Math.round((bg / n) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '..', 'public', 'icon');
await mkdir(dir, { recursive: true });
for (const size of SIZES) await writeFile(join(dir, `${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} in ${dir}`);
