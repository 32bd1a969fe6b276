//! coil patch: inline caches for `object[key]` reads and writes whose key is a string or a
//! symbol (`this[kState]`, `events[type]`), which Boa sends through the generic [[Get]]/[[Set]]
//! on every execution.
//!
//! `GetPropertyByValue`/`SetPropertyByValue` carry no cache index, so a code block keeps its
//! keyed sites in a small list found by the instruction's position. Each site remembers the last
//! key it cached and an ordinary [`InlineCache`] (shapes to slots, validated exactly as for
//! `o.name`) and the last property-adding transition (`this[kState] = v` in a constructor);
//! a site that sees a different key starts over with that key.

use boa_gc::{Finalize, GcRefCell, Trace};
use thin_vec::ThinVec;

use super::{InlineCache, TransitionCache};
use crate::{
    js_string,
    object::shape::{Shape, slot::Slot},
    property::PropertyKey,
};

/// Keyed sites a code block caches at most; later ones stay on the generic path.
const MAX_SITES: usize = 64;

/// Key changes after which a site stops caching (`events[type]` sees every event name).
const MAX_KEY_CHANGES: u8 = 8;

/// One keyed access site.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct KeyedSite {
    /// Where the instruction is in the bytecode.
    #[unsafe_ignore_trace]
    pc: u32,
    /// The key the cache below holds slots for.
    #[unsafe_ignore_trace]
    key: PropertyKey,
    /// How often the site saw a new key.
    #[unsafe_ignore_trace]
    key_changes: u8,
    /// Shapes to slots, as for a named access.
    cache: InlineCache,
}

/// The keyed access sites of one code block.
#[derive(Clone, Debug, Default, Trace, Finalize)]
pub(crate) struct KeyedCaches {
    sites: GcRefCell<ThinVec<KeyedSite>>,
}

impl KeyedCaches {
    /// Runs `f` with the cache of site `pc` when it holds slots for `key`.
    pub(crate) fn with<R>(
        &self,
        pc: u32,
        key: &PropertyKey,
        f: impl FnOnce(&InlineCache) -> Option<R>,
    ) -> Option<R> {
        let sites = self.sites.borrow();
        let site = sites.iter().find(|site| site.pc == pc)?;
        if site.key != *key {
            return None;
        }
        f(&site.cache)
    }

    /// Records that site `pc` found `key` at `slot` of objects shaped `shape`; the site is
    /// created (or restarted for a new key) when needed, and not at all once the code block has
    /// [`MAX_SITES`] sites.
    pub(crate) fn record(&self, pc: u32, key: &PropertyKey, shape: &Shape, slot: Slot) {
        let mut sites = self.sites.borrow_mut();
        if let Some(site) = site_for(&mut sites, pc, key) {
            site.cache.set(shape, slot);
        }
    }

    /// Records that site `pc` added `key` as [`TransitionCache`] `transition` describes, so
    /// the next object of the same shape gets it without the generic [[Set]].
    pub(crate) fn record_add(&self, pc: u32, key: &PropertyKey, transition: TransitionCache) {
        let mut sites = self.sites.borrow_mut();
        if let Some(site) = site_for(&mut sites, pc, key) {
            *site.cache.transition.borrow_mut() = Some(Box::new(transition));
        }
    }
}

/// The site at `pc`, ready to cache `key`: found, restarted for a new key, or created.
/// `None` when the site saw too many keys or the code block has [`MAX_SITES`] sites.
fn site_for<'a>(
    sites: &'a mut ThinVec<KeyedSite>,
    pc: u32,
    key: &PropertyKey,
) -> Option<&'a mut KeyedSite> {
    if let Some(index) = sites.iter().position(|site| site.pc == pc) {
        let site = &mut sites[index];
        if site.key != *key {
            if site.key_changes >= MAX_KEY_CHANGES {
                site.cache.megamorphic.set(true);
                return None;
            }
            site.key_changes += 1;
            site.key = key.clone();
            site.cache = InlineCache::new(js_string!());
        }
        return Some(site);
    }
    if sites.len() >= MAX_SITES {
        return None;
    }
    sites.push(KeyedSite {
        pc,
        key: key.clone(),
        key_changes: 0,
        cache: InlineCache::new(js_string!()),
    });
    sites.last_mut()
}
