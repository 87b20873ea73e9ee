// Reads JSONL documents {"id","text"} on standard input and writes one JSON line per entity that compromise finds
// (people, places, organizations), the same shape as `newsnlp extract --jsonl`, to standard output.
import { createInterface } from 'node:readline';
import nlp from 'compromise';

const kinds = [['people', 'PERSON'], ['places', 'LOCATION'], ['organizations', 'ORGANIZATION']];
const out = [];
let pending = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.length === 0) continue;
  const { id, text } = JSON.parse(line);
  const doc = nlp(text);
  for (const [method, type] of kinds) {
    for (const match of doc[method]().json({ offset: true, text: true })) {
      const { start, length } = match.offset;
      out.push(JSON.stringify({ doc: id, start, end: start + length, text: match.text, type }));
      pending++;
    }
  }
  if (pending > 4096) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
    pending = 0;
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
