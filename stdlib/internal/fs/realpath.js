'use strict';
// fs.realpath / fs.realpathSync: Node's JavaScript walk (the `.native` forms call realpath(3)).
// The path is resolved one component at a time: lstat each prefix, and at a symlink readlink it
// and start over from the link's target joined with the rest. So errors name the component that
// failed, after the links before it were followed (`lstat 'a/b/nope'` for `to-b/nope`).

const binding = internalBinding('fs');
const { constants, getValidatedPath } = require('internal/fs/utils');

const { S_IFMT, S_IFLNK } = constants;

// Node turns any non-URL argument into a string (`[]` is '', so the working directory).
function realpathArgument(path) {
  const url = require('internal/url');
  if (url.isURL(path)) path = url.fileURLToPath(path);
  if (typeof path !== 'string') path += '';
  return getValidatedPath(path);
}

/**
 * The walk's state: the path being resolved (`path`), how far it is known to be free of links
 * (`pos`), and the prefix to look at next (`base`, whose parent is `previous`).
 */
class RealpathWalk {
  constructor(path) {
    this.path = require('path').resolve(path);
    // Prefixes known not to be links, and each link's target by device and inode (a link seen
    // twice is read once, as Node does).
    this.knownHard = new Set();
    this.seenLinks = new Map();
    this.restart();
  }

  restart() {
    this.previous = '/';
    this.current = '/';
    this.base = '/';
    this.pos = 1;
  }

  // Moves `base` to the next component; false once the whole path is resolved.
  next() {
    const { path, pos } = this;
    if (pos >= path.length) return false;
    const slash = path.indexOf('/', pos);
    const end = slash === -1 ? path.length : slash;
    this.previous = this.current;
    this.base = this.current + path.slice(pos, end);
    this.current = this.base + (slash === -1 ? '' : '/');
    this.pos = end + 1;
    return true;
  }

  needsLstat() {
    return !this.knownHard.has(this.base);
  }

  // Given `base`'s lstat fields (BigInt): false (and remembered) when it is no link.
  isLink(fields) {
    if ((fields[1] & BigInt(S_IFMT)) === BigInt(S_IFLNK)) return true;
    this.knownHard.add(this.base);
    return false;
  }

  seenTarget(fields) {
    return this.seenLinks.get(`${fields[0]}:${fields[7]}`);
  }

  // Continues from the link's target, with the components after `base` appended.
  follow(fields, target) {
    this.seenLinks.set(`${fields[0]}:${fields[7]}`, target);
    const { resolve } = require('path');
    this.path = resolve(resolve(this.previous, target), this.path.slice(this.pos));
    this.restart();
  }
}

function realpathSync(path) {
  const walk = new RealpathWalk(realpathArgument(path));
  while (walk.next()) {
    if (!walk.needsLstat()) continue;
    const fields = binding.lstat(walk.base, true);
    if (!walk.isLink(fields)) continue;
    let target = walk.seenTarget(fields);
    if (target === undefined) {
      // stat first: a dangling link or a loop fails as a stat, as in Node.
      binding.stat(walk.base, false);
      target = binding.readlink(walk.base);
    }
    walk.follow(fields, target);
  }
  return walk.path;
}

// The same walk with each lstat/stat/readlink on the worker pool.
function realpath(path, callback) {
  const walk = new RealpathWalk(realpathArgument(path));
  const step = () => {
    while (walk.next()) {
      if (walk.needsLstat()) return binding.lstat(walk.base, true, onLstat);
    }
    callback(null, walk.path);
  };
  const onLstat = (err, fields) => {
    if (err) return callback(err);
    if (!walk.isLink(fields)) return step();
    const target = walk.seenTarget(fields);
    if (target !== undefined) {
      walk.follow(fields, target);
      return step();
    }
    binding.stat(walk.base, false, (statError) => {
      if (statError) return callback(statError);
      binding.readlink(walk.base, (linkError, linkTarget) => {
        if (linkError) return callback(linkError);
        walk.follow(fields, linkTarget);
        step();
      });
    });
  };
  step();
}

module.exports = { realpath, realpathSync };
