//! coil patch: a cache for the property-adding form of `o.name = value`.
//!
//! Boa's inline cache only remembers where an existing property lives, so every
//! `this.x = v` in a constructor took the generic path: a failed own lookup, a walk of the
//! prototype chain looking for a setter, a define, and a search for the shape transition
//! (~250–400 ns per property). This cache remembers the last add seen at a site: the shape
//! before, the shape after, and the shapes of every object on the prototype chain. When an
//! object arrives with the same shape and the chain is unchanged, the value is appended to
//! its storage and its shape replaced, which is what the generic path would have done.
//!
//! Why the chain check is enough: ordinary [[Set]] adds an own data property unless an
//! object on the chain has the key as an accessor or as a non-writable data property, or is
//! exotic. Shared shapes change identity whenever a property is added, removed or changes
//! attributes; unique shapes (builtin prototypes) change in place, so their in-place version
//! is compared as well. Exotic objects are refused when the cache is filled, and the
//! receiver's own internal methods and extensibility are checked on every hit.
//!
//! Object literals (`DefineOwnPropertyByName`) use the same cache without the chain: a
//! definition does not look at the prototype chain.

use std::ptr::fn_addr_eq;

use boa_gc::{Finalize, Trace};

use super::shape_version;
use crate::{
    JsObject,
    object::{
        internal_methods::{InternalObjectMethods, ORDINARY_INTERNAL_METHODS},
        shape::{Shape, slot::SlotAttributes},
    },
    property::PropertyKey,
};

/// Longest prototype chain the cache follows (a class hierarchy two or three deep plus
/// `Object.prototype` fits).
const MAX_CHAIN: usize = 6;

/// One object of the prototype chain as the cache saw it.
///
/// The shapes here are held strongly, unlike Boa's own entries: a weak reference is a GC
/// ephemeron of its own, which cost more memory and collection time than the few stale
/// prototype shapes a cache can keep alive until it is overwritten.
#[derive(Clone, Debug, Trace, Finalize)]
struct ChainLink {
    shape: Shape,
    /// The in-place version of a unique shape (0 for shared shapes).
    #[unsafe_ignore_trace]
    version: u32,
}

/// The last property-adding transition seen at one `o.name = value` site.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct TransitionCache {
    /// The shape after the add; it keeps the shape before alive (`previous`), so
    /// `from_addr` cannot belong to another shape while the cache exists.
    to: Shape,
    #[unsafe_ignore_trace]
    from_addr: usize,
    /// The prototype chain as it was, for an assignment; `None` for a definition (object
    /// literals), which does not consult the chain.
    chain: Option<Box<[ChainLink]>>,
}

/// Whether `[[Set]]` on an object with these internal methods reads and defines own
/// properties the ordinary way.
fn has_ordinary_set(vtable: &InternalObjectMethods) -> bool {
    fn_addr_eq(vtable.__set__, ORDINARY_INTERNAL_METHODS.__set__)
        && fn_addr_eq(
            vtable.__get_own_property__,
            ORDINARY_INTERNAL_METHODS.__get_own_property__,
        )
        && fn_addr_eq(
            vtable.__define_own_property__,
            ORDINARY_INTERNAL_METHODS.__define_own_property__,
        )
        && fn_addr_eq(
            vtable.__get_prototype_of__,
            ORDINARY_INTERNAL_METHODS.__get_prototype_of__,
        )
}

impl TransitionCache {
    /// The shape `object` takes when the cached property is added to it, if the cached
    /// transition applies to it unchanged.
    pub(crate) fn target(&self, object: &JsObject) -> Option<Shape> {
        let to = self.to.clone();
        if !has_ordinary_set(object.vtable()) {
            return None;
        }
        {
            let borrowed = object.borrow();
            if !borrowed.extensible || borrowed.shape().to_addr_usize() != self.from_addr {
                return None;
            }
        }
        let Some(chain) = &self.chain else {
            return Some(to);
        };
        let mut proto = to.prototype();
        for link in chain {
            let current = proto?;
            let borrowed = current.borrow();
            let shape = borrowed.shape();
            if link.shape.to_addr_usize() != shape.to_addr_usize()
                || shape_version(shape) != link.version
            {
                return None;
            }
            proto = shape.prototype();
        }
        if proto.is_some() {
            return None;
        }
        Some(to)
    }

    /// Builds the cache entry for an add that just happened: `object` had shape `from`,
    /// and now has `key` as its newest own property. `None` when the add is not the plain
    /// kind this cache can repeat.
    pub(crate) fn for_add(from: &Shape, object: &JsObject, key: &PropertyKey) -> Option<Self> {
        let mut cache = Self::for_define(from, object, key)?;
        let mut chain = Vec::new();
        let mut proto = cache.to.prototype();
        while let Some(current) = proto {
            if !has_ordinary_set(current.vtable()) {
                return None;
            }
            let current = current.borrow();
            let shape = current.shape();
            if chain.len() == MAX_CHAIN {
                return None;
            }
            // A setter on the chain ran instead of the add, even if it then defined the
            // property itself: repeating only the add would skip the setter.
            if shape
                .lookup(key)
                .is_some_and(|slot| slot.attributes.is_accessor_descriptor())
            {
                return None;
            }
            chain.push(ChainLink {
                shape: shape.clone(),
                version: shape_version(shape),
            });
            proto = shape.prototype();
        }
        cache.chain = Some(chain.into_boxed_slice());
        Some(cache)
    }

    /// As [`Self::for_add`], for a definition of `key` (CreateDataProperty, as object literals
    /// do): the prototype chain plays no part.
    pub(crate) fn for_define(from: &Shape, object: &JsObject, key: &PropertyKey) -> Option<Self> {
        let from = from.as_shared()?;
        if !has_ordinary_set(object.vtable()) {
            return None;
        }
        let borrowed = object.borrow();
        let to = borrowed.shape();
        let to_shared = to.as_shared()?;
        if to_shared.previous()?.to_addr_usize() != from.to_addr_usize() {
            return None;
        }
        let slot = to.lookup(key)?;
        let plain =
            SlotAttributes::WRITABLE | SlotAttributes::ENUMERABLE | SlotAttributes::CONFIGURABLE;
        if slot.attributes != plain
            || slot.index as usize + 1 != borrowed.properties().storage.len()
        {
            return None;
        }
        Some(Self {
            to: to.clone(),
            from_addr: from.to_addr_usize(),
            chain: None,
        })
    }
}
