'use strict';
// Url.prototype.resolveObject: resolving a relative URL against a legacy Url the way Node 20
// does (RFC 1808-ish, with its special cases for '//host' references, scheme changes and
// schemes without slashes such as mailto:, whose "host" can be climbed into with '..').

const { isSlashedProtocol } = require('internal/url/legacy_protocols');

const ObjectAssign = Object.assign;
const ObjectKeys = Object.keys;

// Sets result.href from the other fields and returns result.
function finish(result) {
  result.href = result.format();
  return result;
}

// `path` (for http.request) when there is a pathname or a search.
function setPathIfAny(result) {
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
}

// `path` unless both pathname and search are null.
function setPathUnlessNull(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// A host that still carries `auth@` (e.g. from a mailto: path) is split into auth and host.
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts.shift();
    const rest = parts.shift();
    result.host = rest;
    result.hostname = rest;
  }
}

// `//host/path`: everything but the scheme comes from `relative`.
function resolveNetworkPath(result, relative) {
  const keys = ObjectKeys(relative);
  const values = [];
  for (let i = 0; i < keys.length; i++) values.push(relative[keys[i]]);
  for (let i = 0; i < keys.length; i++) {
    // Node gathers the fields in a plain object first, where '__proto__' does not stick.
    if (keys[i] !== 'protocol' && keys[i] !== '__proto__') result[keys[i]] = values[i];
  }
  // url.parse() gives slashed URLs with a host a '/' path.
  if (isSlashedProtocol(result.protocol) && result.hostname && !result.pathname) {
    result.pathname = '/';
    result.path = '/';
  }
  return finish(result);
}

// `relative` has a scheme of its own. An unknown one replaces everything; a slashed one
// (other than file:) needs a host, so the first non-empty path segment becomes the host.
function resolveOtherScheme(result, relative) {
  if (!isSlashedProtocol(relative.protocol)) {
    ObjectAssign(result, relative);
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && relative.protocol !== 'file:' && relative.protocol !== 'file') {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length) {
      const segment = relPath.shift();
      relative.host = segment;
      if (segment) break;
    }
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  setPathIfAny(result);
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// `relative` is only a query (`?x`): keep the path, take the search.
function resolveSearchOnly(result, relative, srcPath, noLeadingSlashes) {
  if (noLeadingSlashes) {
    const host = srcPath.shift();
    result.host = host;
    result.hostname = host;
    splitAuthFromHost(result);
  }
  result.search = relative.search;
  result.query = relative.query;
  setPathUnlessNull(result);
  return finish(result);
}

// Drops '.' segments and each '..' with the segment before it; returns the segments left and
// how many '..' had nothing left to remove.
function removeDotSegments(segments) {
  const kept = [];
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.') continue;
    if (segment === '..') {
      up++;
    } else if (up) {
      up--;
    } else {
      kept.push(segment);
    }
  }
  kept.reverse();
  return { kept, up };
}

function startsWithSlash(segment) {
  return segment.charAt(0) === '/';
}

// Same scheme (or none): merge the paths.
function resolvePath(result, relative) {
  const isSourceAbs = result.pathname && startsWithSlash(result.pathname);
  const isRelAbs = relative.host || (relative.pathname && startsWithSlash(relative.pathname));
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !isSlashedProtocol(result.protocol);

  // Without slashes (mailto:) the host is treated as the first path segment until the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute path (or a host): it replaces the source path.
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last segment of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    return resolveSearchOnly(result, relative, srcPath, noLeadingSlashes);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (below a host or another segment) or in '/' keeps a slash.
  const last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  const dots = removeDotSegments(srcPath);
  srcPath = dots.kept;
  // Relative results may climb above their start: the unresolved '..'s come back.
  if (!mustEndAbs && !removeAllDots && dots.up > 0) {
    const ups = [];
    for (let i = 0; i < dots.up; i++) ups.push('..');
    srcPath = ups.concat(srcPath);
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || !startsWithSlash(srcPath[0]))) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && startsWithSlash(srcPath[0]));

  // Put the host back for schemes without slashes.
  if (noLeadingSlashes) {
    const host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    result.host = host;
    result.hostname = host;
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  setPathUnlessNull(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// Url.prototype.resolveObject(relative) for `base`; `relative` may be a string (parsed with
// slashes denoting a host) or a Url-like object. Returns a new Url (`UrlClass`).
function resolveUrlObject(base, relative, UrlClass) {
  if (typeof relative === 'string') {
    const parsed = new UrlClass();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new UrlClass();
  ObjectAssign(result, base);
  // The fragment always comes from `relative`, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);
  if (relative.slashes && !relative.protocol) return resolveNetworkPath(result, relative);
  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherScheme(result, relative);
  }
  return resolvePath(result, relative);
}

module.exports = { resolveUrlObject };
