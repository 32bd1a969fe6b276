'use strict';

// node:stream/consumers - read a whole stream (Node Readable, web ReadableStream or any async
// iterable of chunks) into one value.

const { Buffer } = require('buffer');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

// Through a Blob, as in Node: objects become their string form, and the Buffer owns its
// memory (not a slice of the pool).
async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    str += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  // Flush the decoder: a multi-byte character split at the end becomes U+FFFD, as in Node.
  return str + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
