// A sample sheet of the lettering, drawn by the same code as the export: every balloon kind in Korean and English
// on grey panels, speakers' faces (the circles) that placement must keep clear, several tails, a long Korean line,
// an author-placed balloon, and a balloon cut at MAX_BALLOON_TEXT.
//   npx tsx tools/lettering/sample-sheet.ts --out sheet.png
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { drawBalloons } from '../../src/features/lettering/shared/balloon-draw';
import { placeBalloons } from '../../src/features/lettering/shared/balloon-placement';
import type { Balloon, SpeakerSpot } from '../../src/features/lettering/shared/lettering-contract';
import { balloonsFromScript } from '../../src/features/lettering/shared/script-balloons';
import { parseTreatmentScript } from '../../src/features/lettering/shared/treatment-script';
import { nodeMeasure, registerLetteringFonts } from './node-fonts';

interface SamplePanel {
  height: number;
  treatment: string;
  spots: SpeakerSpot[];
  /** Changes made as an author would in the studio, by the balloon's ordinal in the panel. */
  edit?: (balloons: Balloon[]) => Balloon[];
}

const face = (name: string, cx: number, cy: number, r: number): SpeakerSpot => ({
  name,
  face: { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r },
  anchor: { x: cx, y: cy + r * 0.55 },
});

const PANELS: SamplePanel[] = [
  {
    height: 800,
    treatment: [
      '민지와 준호가 비 오는 골목에서 마주친다.',
      '[다음 날 아침, 비가 그쳤다.]',
      '민지: "준호야, 오늘 학교 끝나고 같이 떡볶이 먹으러 갈래?"',
      '준호: (또 떡볶이야…? 그래도 좋아.)',
      '민지: "늦으면 안 돼!!"',
      '준호: "알았어, 조용히 말해."',
      '*쾅*',
    ].join('\n'),
    spots: [face('민지', 200, 560, 80), face('준호', 590, 600, 85)],
    // The author made the fourth line a whisper: the script cannot say so, the balloon keeps it.
    edit: (bs) => bs.map((b, i) => (i === 4 ? { ...b, kind: 'whisper' } : b)),
  },
  {
    height: 600,
    treatment: [
      'Mina and Jun run down a rainy alley.',
      '[Meanwhile, across town…]',
      'Mina: "Wait for me! You always walk too fast."',
      'Jun: (Is he gone? I hope so.)',
      'Mina & Jun: "Over here!!"',
      'Jun: "Psst… behind the door."',
      '*BOOM*',
    ].join('\n'),
    spots: [face('Mina', 160, 430, 70), face('Jun', 640, 440, 70)],
    edit: (bs) => bs.map((b, i) => (i === 4 ? { ...b, kind: 'whisper' } : b)),
  },
  {
    height: 1067,
    treatment: [
      '할머니가 창가에 앉아 옛날이야기를 들려준다.',
      '할머니: "옛날 옛적에 깊은 산골 마을에 마음씨 착한 나무꾼이 살았는데, 어느 날 산에서 다친 사슴 한 마리를 만나 정성껏 돌봐 주었단다. 그 사슴이 은혜를 갚겠다며 나무꾼에게 비밀 하나를 알려 주었지."',
      '손녀: "그래서요?"',
    ].join('\n'),
    spots: [face('할머니', 600, 900, 90)],
    // The author dragged the grandchild's balloon to the bottom left and gave it a tail of their own.
    edit: (bs) =>
      bs.map((b, i) => (i === 1 ? { ...b, placed: 'author', box: { x: 40, y: 880, w: b.box.w, h: b.box.h }, tails: [{ x: 120, y: 1040 }] } : b)),
  },
  {
    height: 600,
    // 10,000 characters in one balloon: laid out up to MAX_BALLOON_TEXT and cut with '…'.
    treatment: ['A very long caption.', `[${'Lorem ipsum dolor sit amet. '.repeat(360)}]`].join('\n'),
    spots: [],
  },
];

function drawFace(ctx: SKRSContext2D, spot: SpeakerSpot): void {
  const f = spot.face!;
  ctx.fillStyle = '#d9b99b';
  ctx.strokeStyle = '#5a4a3a';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.ellipse(f.x + f.w / 2, f.y + f.h / 2, f.w / 2, f.h / 2, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#c0392b';
  ctx.beginPath();
  ctx.arc(spot.anchor.x, spot.anchor.y, 6, 0, Math.PI * 2);
  ctx.fill();
}

export function renderSheet(): Buffer {
  registerLetteringFonts();
  const measure = nodeMeasure();
  const gutter = 60;
  const width = 800;
  const height = PANELS.reduce((s, p) => s + p.height + gutter, gutter);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let top = gutter;
  for (const sample of PANELS) {
    const script = parseTreatmentScript(sample.treatment);
    const size = { width, height: sample.height };
    // As the studio does: balloons from the script, placed, then the author's edits, then placed again.
    let balloons = placeBalloons(size, balloonsFromScript(script.panels[0], undefined, measure), sample.spots, measure);
    if (sample.edit) balloons = placeBalloons(size, balloonsFromScript(script.panels[0], sample.edit(balloons), measure), sample.spots, measure);
    ctx.save();
    ctx.translate(0, top);
    ctx.fillStyle = '#9aa0a8';
    ctx.fillRect(0, 0, width, sample.height);
    for (const spot of sample.spots) drawFace(ctx, spot);
    drawBalloons(ctx, balloons, { scale: 1, measure });
    ctx.restore();
    top += sample.height + gutter;
  }
  return canvas.toBuffer('image/png');
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop()!);
if (isMain) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) {
    console.error('usage: npx tsx tools/lettering/sample-sheet.ts --out sheet.png');
    process.exit(2);
  }
  writeFileSync(values.out, renderSheet());
  console.log(`wrote ${values.out}`);
}
