//! coil's own `RegExp.prototype` methods: `exec`, `test`, `[Symbol.match]`, `[Symbol.replace]`,
//! `[Symbol.search]`, `[Symbol.split]` and `[Symbol.matchAll]`, in Rust over the same `regress`
//! matcher Boa compiled.
//!
//! Boa 0.22's versions are correct but not linear: every `exec` copied its input and cloned the
//! compiled program, sticky matching searched to the end of the input before rejecting, and
//! `split` ran a sticky match at every position of the string. Here:
//!
//! - `exec`/`test` follow RegExpBuiltinExec step for step (the observable `lastIndex` reads and
//!   writes included) over a cached view of the input ([`input`]) and a real sticky match;
//! - `@@match`, `@@replace` and `@@split` take a direct path — one pass over the input, no result
//!   arrays — when nothing the spec would observe has been changed: the RegExp is a plain
//!   instance of `%RegExp%` with no own properties but `lastIndex`, and `RegExp.prototype`'s
//!   `exec`, flag getters and `constructor` are the originals ([`Pristine`]). Otherwise
//!   `@@match`/`@@replace` run the generic algorithm in [`generic`] (with V8's property reads)
//!   and `@@split` runs Boa's; both call `exec` — coil's or the user's — through `Get(R, "exec")`.
//! - `@@search` is the spec's generic algorithm over RegExpExec (which skips the result array
//!   when `exec` is coil's); `@@matchAll` checks its receiver as V8 does and then runs Boa's
//!   steps, whose iterator calls `exec` once per step — linear once `exec` is.

mod exec;
mod generic;
mod input;
mod replace;
mod split;

use boa_engine::builtins::regexp::RegExp;
use boa_engine::native_function::NativeFunctionPointer;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsSymbol, JsValue,
    NativeFunction,
};

use input::InputCache;

/// Per-context state: the originals the fast paths compare against, and the input cache.
struct RegExpState {
    /// coil's `exec`, which `RegExpExec` may call directly when `Get(R, "exec")` returns it.
    exec: JsObject,
    /// Boa's generic `@@split` and `@@matchAll`, for RegExps the fast paths cannot take.
    generic_split: JsObject,
    generic_match_all: JsObject,
    pristine: Pristine,
    input: InputCache,
}

/// What `RegExp.prototype` and `RegExp` looked like when coil installed its methods.
struct Pristine {
    prototype: JsObject,
    /// `(key, value or getter)` of every prototype property the spec's algorithms read.
    slots: Vec<(PropertyKey, JsValue)>,
    constructor: JsObject,
    species_getter: JsValue,
}

/// Lets go of the cached RegExp input (its string and widened copy), so a large string is not
/// kept alive after the code that matched against it is done.
pub fn release_input_cache(context: &Context) {
    if let Some(state) = context.get_data::<RegExpState>() {
        state.input.clear();
    }
}

fn state(context: &Context) -> &RegExpState {
    context
        .get_data::<RegExpState>()
        .expect("invariant: regexp::install ran when the context was made")
}

/// Replaces Boa's `RegExp.prototype` methods with coil's.
pub fn install(context: &mut Context) -> JsResult<()> {
    let constructor = context.intrinsics().constructors().regexp().constructor();
    let prototype = context.intrinsics().constructors().regexp().prototype();
    let original = |key: PropertyKey| -> JsResult<JsObject> {
        let value = prototype
            .borrow()
            .properties()
            .get(&key)
            .and_then(|d| d.value().cloned());
        value.and_then(|v| v.as_object()).ok_or_else(|| {
            JsNativeError::error()
                .with_message("RegExp.prototype is missing a built-in method")
                .into()
        })
    };
    let generic_split = original(JsSymbol::split().into())?;
    let generic_match_all = original(JsSymbol::match_all().into())?;

    let methods: [(PropertyKey, &str, usize, NativeFunctionPointer); 7] = [
        (js_string!("exec").into(), "exec", 1, exec::exec),
        (js_string!("test").into(), "test", 1, exec::test),
        (
            JsSymbol::r#match().into(),
            "[Symbol.match]",
            1,
            exec::symbol_match,
        ),
        (
            JsSymbol::replace().into(),
            "[Symbol.replace]",
            2,
            replace::symbol_replace,
        ),
        (
            JsSymbol::split().into(),
            "[Symbol.split]",
            2,
            split::symbol_split,
        ),
        (
            JsSymbol::search().into(),
            "[Symbol.search]",
            1,
            exec::symbol_search,
        ),
        (
            JsSymbol::match_all().into(),
            "[Symbol.matchAll]",
            1,
            exec::symbol_match_all,
        ),
    ];
    let mut exec_fn = None;
    for (key, name, length, f) in methods {
        let function = FunctionObjectBuilder::new(context.realm(), NativeFunction::from_fn_ptr(f))
            .name(js_string!(name))
            .length(length)
            .constructor(false)
            .build();
        if name == "exec" {
            exec_fn = Some(JsObject::from(function.clone()));
        }
        let descriptor = PropertyDescriptor::builder()
            .value(function)
            .writable(true)
            .enumerable(false)
            .configurable(true);
        prototype.define_property_or_throw(key, descriptor, context)?;
    }

    let pristine = Pristine::snapshot(prototype, constructor);
    context.insert_data(RegExpState {
        exec: exec_fn.expect("exec is installed above"),
        generic_split,
        generic_match_all,
        pristine,
        input: InputCache::default(),
    });
    Ok(())
}

/// The prototype properties whose reads the fast paths skip.
const OBSERVED: [&str; 11] = [
    "exec",
    "flags",
    "global",
    "ignoreCase",
    "multiline",
    "dotAll",
    "unicode",
    "unicodeSets",
    "sticky",
    "hasIndices",
    "constructor",
];

/// A data property's value, or an accessor's getter.
fn slot_of(object: &JsObject, key: &PropertyKey) -> JsValue {
    let descriptor = object.borrow().properties().get(key);
    descriptor
        .map(|d| d.value().or(d.get()).cloned().unwrap_or_default())
        .unwrap_or_default()
}

impl Pristine {
    fn snapshot(prototype: JsObject, constructor: JsObject) -> Self {
        let slots = OBSERVED
            .iter()
            .map(|name| {
                let key = PropertyKey::from(js_string!(*name));
                let slot = slot_of(&prototype, &key);
                (key, slot)
            })
            .collect();
        let species_getter = slot_of(&constructor, &JsSymbol::species().into());
        Self {
            prototype,
            slots,
            constructor,
            species_getter,
        }
    }
}

/// Identity for objects, SameValue otherwise.
fn same(a: &JsValue, b: &JsValue) -> bool {
    match (a.as_object(), b.as_object()) {
        (Some(a), Some(b)) => JsObject::equals(&a, &b),
        _ => JsValue::same_value(a, b),
    }
}

/// Whether running the spec's steps on `rx` could observe nothing the fast paths skip: `rx` is
/// a RegExp with no own property but `lastIndex`, its prototype is `RegExp.prototype` with the
/// original `exec`, flag getters and `constructor`, and `RegExp[Symbol.species]` is the
/// original getter.
fn is_pristine(rx: &JsObject, context: &mut Context) -> JsResult<bool> {
    if !rx.is::<RegExp>() || rx.own_property_keys(context)?.len() != 1 {
        return Ok(false);
    }
    let pristine = &state(context).pristine;
    if rx.prototype().as_ref() != Some(&pristine.prototype) {
        return Ok(false);
    }
    let untouched = pristine
        .slots
        .iter()
        .all(|(key, slot)| same(&slot_of(&pristine.prototype, key), slot));
    Ok(untouched
        && same(
            &slot_of(&pristine.constructor, &JsSymbol::species().into()),
            &pristine.species_getter,
        ))
}

/// `Set(R, "lastIndex", value, true)`, with V8's message when `lastIndex` is read-only.
fn set_last_index(rx: &JsObject, value: usize, context: &mut Context) -> JsResult<()> {
    set_last_index_value(rx, value.into(), context)
}

/// [`set_last_index`] for any value.
fn set_last_index_value(rx: &JsObject, value: JsValue, context: &mut Context) -> JsResult<()> {
    if rx.set(js_string!("lastIndex"), value, false, context)? {
        Ok(())
    } else {
        Err(JsNativeError::typ()
            .with_message(
                "Cannot assign to read only property 'lastIndex' of object '[object RegExp]'",
            )
            .into())
    }
}

/// V8's "Method RegExp.prototype.<name> called on incompatible receiver <value>" TypeError.
fn incompatible_receiver(method: &str, receiver: &JsValue, context: &mut Context) -> JsNativeError {
    let shown = if let Some(object) = receiver.as_object() {
        class_name(&object, context)
    } else if let Some(symbol) = receiver.as_symbol() {
        symbol.descriptive_string().to_std_string_escaped()
    } else {
        receiver
            .to_string(context)
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_default()
    };
    JsNativeError::typ().with_message(format!(
        "Method RegExp.prototype.{method} called on incompatible receiver {shown}"
    ))
}

/// The name V8 prints for an object: `#<Constructor>` (read through data properties only, by the
/// vendored Boa's helper, which also words Boa's own RegExpExec error).
fn class_name(object: &JsObject, context: &mut Context) -> String {
    // V8 prints `RegExp.prototype` itself as a plain object.
    if JsObject::equals(object, &state(context).pristine.prototype) {
        return "[object Object]".to_owned();
    }
    format!(
        "#<{}>",
        boa_engine::builtins::regexp::constructor_name(object)
    )
}

/// The `this` of a method that requires an object, or V8's TypeError.
fn this_object(method: &str, this: &JsValue, context: &mut Context) -> JsResult<JsObject> {
    match this.as_object() {
        Some(object) => Ok(object.clone()),
        // V8 names the receiver of `test` and `@@replace` as "undefined" whatever it was.
        None if method == "test" || method == "@@replace" => {
            Err(incompatible_receiver(method, &JsValue::undefined(), context).into())
        }
        None => Err(incompatible_receiver(method, this, context).into()),
    }
}

/// The first argument converted with ToString.
fn string_arg(args: &[JsValue], context: &mut Context) -> JsResult<JsString> {
    args.first().cloned().unwrap_or_default().to_string(context)
}
