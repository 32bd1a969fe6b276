//! coil patch: a cache for `o.name` reads that Boa's inline cache cannot hold: a property found
//! two or more prototypes up (`socket.emit` lives on `EventEmitter.prototype`, five objects
//! up), and a property found nowhere (`options.signal`, `state.objectMode` when unset).
//!
//! Boa caches own properties and properties of the direct prototype only, so every such read
//! took the generic [[Get]]: a shape lookup per object of the chain, property descriptors built
//! and dropped. This cache remembers, for the last receiver shape seen at a site, the shapes of
//! the prototype chain up to the object holding the property (or to its end, for an absent
//! one) and the holder's slot. A receiver of that shape whose chain still has those shapes
//! (unique shapes also by their in-place version) has the property at the same slot of the same
//! object: a shape fixes its prototype, so equal shapes all along the chain mean the same
//! objects with the same properties.

use boa_gc::{Finalize, Trace};
use std::ptr::fn_addr_eq;

use super::shape_version;
use crate::{
    JsObject, JsValue,
    object::{
        internal_methods::{InternalObjectMethods, ORDINARY_INTERNAL_METHODS},
        shape::{Shape, slot::Slot},
    },
    property::PropertyKey,
};

/// Longest prototype chain the cache follows.
const MAX_CHAIN: usize = 8;

/// One object of the prototype chain as the cache saw it (shape held strongly, as in
/// `transition.rs`).
#[derive(Clone, Debug, Trace, Finalize)]
struct ChainLink {
    shape: Shape,
    #[unsafe_ignore_trace]
    version: u32,
}

/// What a read at one site found through the prototype chain.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct ChainReadCache {
    receiver: Shape,
    #[unsafe_ignore_trace]
    receiver_version: u32,
    /// The prototypes from the receiver's up to the holder (or to the last one).
    chain: Box<[ChainLink]>,
    /// The holder's slot (the holder is the last link's object); `None`: found nowhere.
    #[unsafe_ignore_trace]
    found: Option<Slot>,
}

/// What a cached read yields.
pub(crate) enum ChainRead {
    /// A data property's value, or the getter of an accessor (with the slot to tell them apart).
    Found(JsValue, Slot),
    /// No object on the chain has the property.
    Absent,
}

/// Whether [[Get]] on an object with these internal methods reads own properties from its
/// shape and continues with its shape's prototype.
fn has_ordinary_get(vtable: &InternalObjectMethods) -> bool {
    fn_addr_eq(vtable.__get__, ORDINARY_INTERNAL_METHODS.__get__)
        && fn_addr_eq(
            vtable.__get_own_property__,
            ORDINARY_INTERNAL_METHODS.__get_own_property__,
        )
        && fn_addr_eq(
            vtable.__get_prototype_of__,
            ORDINARY_INTERNAL_METHODS.__get_prototype_of__,
        )
}

impl ChainReadCache {
    /// The cached result for `object`, if its shape and its chain are the ones seen.
    pub(crate) fn read(&self, object: &JsObject) -> Option<ChainRead> {
        if !has_ordinary_get(object.vtable()) {
            return None;
        }
        let mut proto = {
            let borrowed = object.borrow();
            let shape = borrowed.shape();
            if shape.to_addr_usize() != self.receiver.to_addr_usize()
                || shape_version(shape) != self.receiver_version
            {
                return None;
            }
            shape.prototype()
        };
        let mut holder = None;
        for link in &self.chain {
            let current = proto?;
            let borrowed = current.borrow();
            let shape = borrowed.shape();
            if shape.to_addr_usize() != link.shape.to_addr_usize()
                || shape_version(shape) != link.version
            {
                return None;
            }
            proto = shape.prototype();
            drop(borrowed);
            holder = Some(current);
        }
        match self.found {
            Some(slot) => {
                let holder = holder?;
                let value = holder.borrow().properties().storage[slot.index as usize].clone();
                Some(ChainRead::Found(value, slot))
            }
            None if proto.is_none() => Some(ChainRead::Absent),
            None => None,
        }
    }

    /// Builds the cache for a read of `key` on `object` that Boa's own cache could not take:
    /// `None` unless the receiver lacks `key` and every object up to the holder (or the end of
    /// the chain) reads the ordinary way, within [`MAX_CHAIN`] prototypes.
    pub(crate) fn for_read(object: &JsObject, key: &PropertyKey) -> Option<Self> {
        if !has_ordinary_get(object.vtable()) {
            return None;
        }
        let (receiver, mut proto) = {
            let borrowed = object.borrow();
            let shape = borrowed.shape();
            if shape.lookup(key).is_some() {
                return None;
            }
            (shape.clone(), shape.prototype())
        };
        let mut chain = Vec::new();
        let mut found = None;
        while let Some(current) = proto {
            if chain.len() == MAX_CHAIN || !has_ordinary_get(current.vtable()) {
                return None;
            }
            let borrowed = current.borrow();
            let shape = borrowed.shape();
            chain.push(ChainLink {
                shape: shape.clone(),
                version: shape_version(shape),
            });
            if let Some(slot) = shape.lookup(key) {
                found = Some(slot);
                break;
            }
            proto = shape.prototype();
        }
        Some(Self {
            receiver_version: shape_version(&receiver),
            receiver,
            chain: chain.into_boxed_slice(),
            found,
        })
    }
}
