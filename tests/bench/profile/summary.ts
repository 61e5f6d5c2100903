// Milliseconds per request from the stacks tests/bench/profile/router.php collected (docs/DEVELOPMENT.md,
// "Profiling"): the frames that took the most time with what they called (inclusive), the frames that took it
// themselves (self), optionally only under one frame (--root) and with the time spent waiting under other frames
// (--wait, repeatable: DbPDOCore::_query for PrestaShop's database) set apart, and the call tree under --root.
//
//   npx tsx tests/bench/profile/summary.ts DIR/LABEL [--root=FRAME] [--wait=FRAME]… [--depth=4] [--top=30]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    wait: { type: 'string', multiple: true, default: [] },
    depth: { type: 'string', default: '4' },
    top: { type: 'string', default: '30' },
    'period-us': { type: 'string', default: process.env.EBPDOCS_PROFILE_PERIOD_US ?? '50' },
  },
});
const base = positionals[0];
if (base === undefined) {
  throw new Error('usage: summary.ts DIR/LABEL [--root=FRAME] [--wait=FRAME]… [--depth=4] [--top=30]');
}
const requests = readFileSync(`${base}.requests`, 'utf8').split('\n').filter((line) => line !== '').length;
const msPerSample = Number(values['period-us']) / 1000 / Math.max(1, requests);
const depth = Number(values.depth);
const top = Number(values.top);
const waits = values.wait;

const inclusive = new Map<string, number>();
const self = new Map<string, number>();
const tree = new Map<string, number>();
let total = 0;
let waiting = 0;
const add = (map: Map<string, number>, key: string, samples: number): void => {
  map.set(key, (map.get(key) ?? 0) + samples);
};
for (const line of readFileSync(`${base}.collapsed`, 'utf8').split('\n')) {
  const split = line.lastIndexOf(' ');
  if (split <= 0) {
    continue;
  }
  let frames = line.slice(0, split).split(';');
  const samples = Number(line.slice(split + 1));
  if (values.root !== undefined) {
    const at = frames.indexOf(values.root);
    if (at < 0) {
      continue;
    }
    frames = frames.slice(at);
  }
  total += samples;
  for (const frame of new Set(frames)) {
    add(inclusive, frame, samples);
  }
  for (let level = 1; level <= Math.min(depth, frames.length); level++) {
    add(tree, frames.slice(0, level).join(';'), samples);
  }
  if (frames.some((frame) => waits.includes(frame))) {
    waiting += samples;
  } else {
    add(self, frames.at(-1) ?? '', samples);
  }
}

const ms = (samples: number): string => (samples * msPerSample).toFixed(3).padStart(8);
const largest = (map: Map<string, number>): Array<[string, number]> => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${requests} requests, ${ms(total).trim()} ms each${values.root !== undefined ? ` under ${values.root}` : ''}${waits.length > 0 ? `, of which ${ms(waiting).trim()} ms under ${waits.join(' or ')}` : ''}`);
console.log('\ninclusive (the frame and what it called):');
for (const [frame, samples] of largest(inclusive)) {
  console.log(`${ms(samples)}  ${frame}`);
}
console.log(`\nself${waits.length > 0 ? ', outside those' : ''}:`);
for (const [frame, samples] of largest(self)) {
  console.log(`${ms(samples)}  ${frame}`);
}
if (values.root !== undefined) {
  console.log(`\ntree under ${values.root} (${depth} levels, parts of 0.02 ms or more):`);
  const print = (path: string, level: number): void => {
    const children = [...tree].filter(([key]) => key.startsWith(`${path};`) && key.split(';').length === level + 1);
    for (const [key, samples] of children.sort((a, b) => b[1] - a[1])) {
      if (samples * msPerSample >= 0.02) {
        console.log(`${ms(samples)}  ${'  '.repeat(level)}${key.split(';').at(-1) ?? ''}`);
        print(key, level + 1);
      }
    }
  };
  console.log(`${ms(total)}  ${values.root}`);
  print(values.root, 1);
}
