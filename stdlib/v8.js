'use strict';
// node:v8 - not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('v8', {
  functions: ['cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics', 'getHeapCodeStatistics', 'setFlagsFromString', 'deserialize', 'serialize', 'writeHeapSnapshot'],
  classes: ['Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer'],
  values: {},
});
