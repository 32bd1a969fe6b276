use itertools::Itertools;
use std::{cell::Cell, fmt};
use thin_vec::ThinVec;

use boa_gc::GcRefCell;
use boa_macros::{Finalize, Trace};

use crate::{
    JsString,
    object::shape::{
        Shape, UniqueShape, WeakShape,
        slot::{Slot, SlotAttributes},
    },
};

#[cfg(test)]
mod tests;

// coil patch: the cache for property-adding assignments.
mod chain;
mod keyed;
mod transition;
pub(crate) use chain::{ChainRead, ChainReadCache};
pub(crate) use keyed::KeyedCaches;
pub(crate) use transition::TransitionCache;

// coil patch: 8 shapes (was 4): `_events`, `_readableState` and friends are read on every
// stream and emitter class of a server, which made those sites megamorphic.
pub(crate) const PIC_CAPACITY: usize = 8;

/// A cached shape-to-slot mapping for a polymorphic inline cache.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct CacheEntry {
    /// A weak reference is kept to the shape to avoid the shape preventing deallocation.
    pub(crate) shape: WeakShape,
    #[unsafe_ignore_trace]
    pub(crate) slot: Slot,
    /// coil patch: the in-place version of `shape` when it is a unique shape (unique shapes
    /// change without changing identity, so the address alone could be stale).
    #[unsafe_ignore_trace]
    pub(crate) version: u32,
    /// coil patch: for a slot found on the prototype, the prototype's shape and version when
    /// it was cached. Boa checked only the receiver's shape, so after the prototype lost or
    /// changed a property the cached slot index read the wrong property or out of bounds.
    /// (Boxed: every property access site has an inline cache, and most entries are own.)
    pub(crate) prototype: Option<Box<PrototypeCheck>>,
}

/// coil patch: what a prototype looked like when a slot on it was cached. The shape is held
/// strongly (a weak reference is a GC ephemeron of its own, see `transition.rs`).
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct PrototypeCheck {
    shape: Shape,
    #[unsafe_ignore_trace]
    version: u32,
}

/// coil patch: the in-place version of a unique shape, 0 for a shared one.
fn shape_version(shape: &Shape) -> u32 {
    shape.as_unique().map_or(0, UniqueShape::version)
}

/// coil patch: the current shape of the prototype a shape records.
fn prototype_shape(shape: &Shape) -> Option<Shape> {
    let prototype = shape.prototype()?;
    let borrowed = prototype.borrow();
    Some(borrowed.shape().clone())
}

/// An inline cache entry for a property access.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct InlineCache {
    /// The property that is accessed.
    pub(crate) name: JsString,

    /// Multiple cached shape-to-slot entries.
    ///
    /// coil patch: a `ThinVec` (one pointer while empty) instead of an inline `ArrayVec` of
    /// four entries: every property access site of every loaded function has a cache, most
    /// never run or see one shape, and the inline array was ~100 bytes each.
    pub(crate) entries: GcRefCell<ThinVec<CacheEntry>>,

    /// Whether this access site has seen too many shapes and should no longer be cached.
    #[unsafe_ignore_trace]
    pub(crate) megamorphic: Cell<bool>,

    /// coil patch: the last property-adding transition seen at this site, when it is an
    /// `o.name = value` that added `name`.
    /// (Boxed, to keep the many caches that never see an add small.)
    pub(crate) transition: GcRefCell<Option<Box<TransitionCache>>>,

    /// coil patch: the last read at this site of a property found two or more prototypes up,
    /// or found nowhere (see `chain.rs`), and how often it was rebuilt.
    pub(crate) chain_read: GcRefCell<Option<Box<ChainReadCache>>>,
    #[unsafe_ignore_trace]
    pub(crate) chain_rebuilds: Cell<u8>,
}

impl fmt::Display for InlineCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(name:{} entries:", self.name.display_escaped())?;

        if self.megamorphic.get() {
            return write!(f, "(megamorphic))");
        }

        let entries = self.entries.borrow();
        let entries = entries.iter().map(|e| e.shape.to_addr_usize()).format(", ");

        write!(f, "({entries:#x}))")
    }
}

impl CacheEntry {
    /// coil patch: whether the cached slot still describes `shape` (the entry's own shape,
    /// upgraded) and, for a prototype slot, the prototype's current shape.
    fn is_current(&self, shape: &Shape) -> bool {
        if shape_version(shape) != self.version {
            return false;
        }
        let Some(check) = &self.prototype else {
            return true;
        };
        // Borrowed, not cloned: this runs on every hit of a prototype slot (method calls).
        let Some(prototype) = shape.prototype() else {
            return false;
        };
        let borrowed = prototype.borrow();
        let current = borrowed.shape();
        check.shape.to_addr_usize() == current.to_addr_usize()
            && shape_version(current) == check.version
    }
}

impl InlineCache {
    pub(crate) fn new(name: JsString) -> Self {
        Self {
            name,
            entries: GcRefCell::new(ThinVec::new()),
            megamorphic: Cell::new(false),
            transition: GcRefCell::new(None),
            chain_read: GcRefCell::new(None),
            chain_rebuilds: Cell::new(0),
        }
    }

    pub(crate) fn set(&self, shape: &Shape, slot: Slot) {
        if self.megamorphic.get() {
            return;
        }

        let mut entries = self.entries.borrow_mut();

        // coil patch: remember what the prototype looked like for a prototype slot, and
        // replace a stale entry for the same shape instead of adding a second one.
        let prototype = if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
            match prototype_shape(shape) {
                Some(proto) => Some(Box::new(PrototypeCheck {
                    shape: proto.clone(),
                    version: shape_version(&proto),
                })),
                None => return,
            }
        } else {
            None
        };
        let entry = CacheEntry {
            shape: shape.into(),
            slot,
            version: shape_version(shape),
            prototype,
        };
        let address = shape.to_addr_usize();
        if let Some(existing) = entries
            .iter_mut()
            .find(|existing| existing.shape.to_addr_usize() == address)
        {
            *existing = entry;
            return;
        }

        // Add a new entry if there's space.
        if entries.len() >= PIC_CAPACITY {
            // Polymorphic cache is full, transition to megamorphic.
            self.megamorphic.set(true);
            *entries = ThinVec::new();
            return;
        }
        entries.push(entry);
    }

    /// Returns the cached `(Shape, Slot)` if a matching shape exists in the inline cache.
    ///
    /// Opportunistically cleans up stale weak shape references during lookup.
    pub(crate) fn get(&self, shape: &Shape) -> Option<(Shape, Slot)> {
        if self.megamorphic.get() {
            return None;
        }

        let mut entries = self.entries.borrow_mut();
        let mut i = 0;
        let mut result = None;
        let shape_addr = shape.to_addr_usize();

        while i < entries.len() {
            if let Some(upgraded) = entries[i].shape.upgrade() {
                if upgraded.to_addr_usize() == shape_addr {
                    // coil patch: a unique shape or the prototype may have changed in place.
                    if entries[i].is_current(&upgraded) {
                        result = Some((upgraded, entries[i].slot));
                    }
                    break;
                }
                i += 1;
            } else {
                // Opportunistically clean up stale weak shapes.
                entries.swap_remove(i);
            }
        }

        result
    }
}
