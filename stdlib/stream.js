'use strict';
// node:stream — not implemented in coil yet (see README). As in Node, the module is the legacy
// `Stream` constructor with the classes and helpers attached; requiring it works, and each
// function and constructor throws ERR_COIL_NOT_IMPLEMENTED.

const { stubModule, stubClass } = require('internal/not_implemented');

const Stream = stubClass('stream.Stream', 'Stream');
Object.assign(Stream, stubModule('stream', {
  functions: ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'pipeline',
    'addAbortSignal', 'finished', 'destroy', 'compose'],
  classes: ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'],
  values: { promises: stubModule('stream/promises', { functions: ['pipeline', 'finished'] }) },
}));
Stream.Stream = Stream;

module.exports = Stream;
