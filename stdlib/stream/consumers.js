'use strict';

// node:stream/consumers — read a whole stream (Node Readable, web ReadableStream or any async
// iterable of chunks) into one value.

const { Buffer } = require('buffer');

// Each chunk as bytes: strings are UTF-8, views and ArrayBuffers as they are.
function toBytes(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return Buffer.from(chunk);
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(toBytes(chunk));
  return Buffer.concat(chunks);
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
