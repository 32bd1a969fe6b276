//! V8 gives every error an own `stack` property at construction (so
//! `Object.getOwnPropertyNames(err)` lists it, and serializers see it). Boa keeps the stack behind
//! an accessor on `Error.prototype`, so the global `Error`, `EvalError`, `RangeError`,
//! `ReferenceError`, `SyntaxError`, `TypeError` and `URIError` are replaced at startup by native
//! wrappers: each new error gets an own `stack` accessor — defined first, as V8 orders the keys —
//! then its `message` and `cause`. The wrappers keep the native prototypes, so `instanceof`,
//! engine-thrown errors and subclasses behave as before.
//!
//! The accessor renders the stack text on first read (`internal/bootstrap/error_stack`, loaded
//! then) and caches it there; it is never swapped for a data property (Boa 0.22's inline caches
//! go wrong when an accessor replaces itself, see `lazy_globals`). Errors made here are recorded
//! in a `WeakSet`: once their own `stack` is deleted, assigning `stack` creates an ordinary
//! (enumerable) property, as in V8 (`internalBinding('errors').hadOwnStack`).

use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction};

/// The wrapped constructors, `Error` first (the others inherit from its wrapper).
const NAMES: [&str; 7] = [
    "Error",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "URIError",
];

/// Per constructor (same index as `NAMES`): the native one and its wrapper; plus the shared
/// `stack` accessor and the set of errors made by the wrappers.
struct Wrappers {
    natives: Vec<JsObject>,
    wrappers: Vec<JsObject>,
    stack_get: JsObject,
    stack_set: JsObject,
    constructed: JsObject,
    weak_set_add: JsObject,
    weak_set_has: JsObject,
}

/// Replaces the seven global error constructors by their wrappers.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    let mut natives = Vec::with_capacity(NAMES.len());
    for name in NAMES {
        let native = global.get(js_string!(name), context)?;
        natives.push(native.as_object().ok_or_else(|| {
            JsNativeError::typ().with_message(format!("{name} is not a constructor"))
        })?);
    }
    let weak_set = context.intrinsics().constructors().weak_set();
    let (weak_set_constructor, weak_set_prototype) = (weak_set.constructor(), weak_set.prototype());
    let constructed = weak_set_constructor.construct(&[], None, context)?;
    let method = |name: &str, context: &mut Context| -> JsResult<JsObject> {
        weak_set_prototype
            .get(js_string!(name), context)?
            .as_object()
            .ok_or_else(|| {
                JsNativeError::typ()
                    .with_message("WeakSet method missing")
                    .into()
            })
    };
    let weak_set_add = method("add", context)?;
    let weak_set_has = method("has", context)?;
    let stack_get = super::function(
        "get",
        0,
        NativeFunction::from_fn_ptr(own_stack_get),
        false,
        context,
    );
    let stack_set = super::function(
        "set",
        1,
        NativeFunction::from_fn_ptr(own_stack_set),
        false,
        context,
    );

    let mut wrappers = Vec::with_capacity(NAMES.len());
    for (index, name) in NAMES.iter().enumerate() {
        let constructor = NativeFunction::from_copy_closure(move |this, args, context| {
            construct(index, this, args, context)
        });
        let wrapper = super::function(name, 1, constructor, true, context);
        let native = &natives[index];
        let prototype = native.get(js_string!("prototype"), context)?;
        wrapper.define_property_or_throw(
            js_string!("prototype"),
            PropertyDescriptor::builder()
                .value(prototype.clone())
                .writable(false)
                .enumerable(false)
                .configurable(false),
            context,
        )?;
        if let Some(prototype) = prototype.as_object() {
            prototype.define_property_or_throw(
                js_string!("constructor"),
                super::hidden(wrapper.clone()),
                context,
            )?;
        }
        if let Some(parent) = wrappers.first() {
            wrapper.set_prototype(Some(JsObject::clone(parent)));
        }
        global.define_property_or_throw(
            js_string!(*name),
            super::hidden(wrapper.clone()),
            context,
        )?;
        wrappers.push(wrapper);
    }
    // Statics (captureStackTrace, stackTraceLimit, prepareStackTrace) live on the Error wrapper;
    // the native constructor reads them through its prototype chain from the wrapper too.
    let native_error = &natives[0];
    let error = &wrappers[0];
    let capture = native_error.get(js_string!("captureStackTrace"), context)?;
    error.define_property_or_throw(
        js_string!("captureStackTrace"),
        super::hidden(capture),
        context,
    )?;
    let limit = native_error.get(js_string!("stackTraceLimit"), context)?;
    error.set(js_string!("stackTraceLimit"), limit, true, context)?;
    if let Some(aggregate) = global
        .get(js_string!("AggregateError"), context)?
        .as_object()
    {
        aggregate.set_prototype(Some(error.clone()));
    }
    context.insert_data(Wrappers {
        natives,
        wrappers,
        stack_get,
        stack_set,
        constructed,
        weak_set_add,
        weak_set_has,
    });
    Ok(())
}

fn wrappers(context: &Context) -> &Wrappers {
    context
        .get_data::<Wrappers>()
        .expect("invariant: error constructors installed")
}

/// `new Error(message, options)` (or a call without `new`) through the wrapper at `index`.
fn construct(
    index: usize,
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let state = wrappers(context);
    let native = state.natives[index].clone();
    // `this` is the new target; undefined when called without `new`.
    let new_target = this
        .as_object()
        .unwrap_or_else(|| state.wrappers[index].clone());
    let (get, set) = (state.stack_get.clone(), state.stack_set.clone());
    let (constructed, add) = (state.constructed.clone(), state.weak_set_add.clone());
    let error = native.construct(&[], Some(&new_target), context)?;
    let stack = PropertyDescriptor::builder()
        .get(get)
        .set(set)
        .enumerable(false)
        .configurable(true);
    error.define_property_or_throw(js_string!("stack"), stack, context)?;
    add.call(&constructed.into(), &[error.clone().into()], context)?;
    let message = args.first().cloned().unwrap_or_default();
    if !message.is_undefined() {
        let message = message.to_string(context)?;
        error.define_property_or_throw(js_string!("message"), super::hidden(message), context)?;
    }
    if let Some(options) = args.get(1).and_then(JsValue::as_object) {
        if options.has_property(js_string!("cause"), context)? {
            let cause = options.get(js_string!("cause"), context)?;
            error.define_property_or_throw(js_string!("cause"), super::hidden(cause), context)?;
        }
    }
    Ok(error.into())
}

/// The own `stack` getter: `require('internal/bootstrap/error_stack').ownStack(this)`.
fn own_stack_get(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    call_error_stack("ownStack", std::slice::from_ref(this), context)
}

/// The own `stack` setter: `require('internal/bootstrap/error_stack').setOwnStack(this, value)`.
fn own_stack_set(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    call_error_stack("setOwnStack", &[this.clone(), value], context)
}

fn call_error_stack(name: &str, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    super::builtins::call(context, "internal/bootstrap/error_stack", name, args)
}

/// Boa's own `Error.prototype.stack` getter (its raw backtrace), kept by the bootstrap before
/// it installs V8's accessor.
struct NativeStackGetter(Option<JsObject>);

/// Keeps Boa's `stack` getter for `internalBinding('errors').nativeStackGetter`.
pub fn set_native_stack_getter(getter: Option<JsObject>, context: &mut Context) {
    context.insert_data(NativeStackGetter(getter));
}

/// `internalBinding('errors')`: `hadOwnStack(error)` — whether a wrapper made `error` —,
/// `NativeError` (the engine's own `Error` constructor) and `nativeStackGetter`.
pub fn create(context: &mut Context) -> JsResult<JsObject> {
    let native_error = wrappers(context).natives[0].clone();
    let getter = context
        .get_data::<NativeStackGetter>()
        .and_then(|g| g.0.clone())
        .map_or(JsValue::undefined(), JsValue::from);
    Ok(super::make_object(
        context,
        &[("hadOwnStack", 1, had_own_stack_native)],
        vec![
            ("NativeError", native_error.into()),
            ("nativeStackGetter", getter),
        ],
    ))
}

fn had_own_stack_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let error = args.first().cloned().unwrap_or_default();
    had_own_stack(&error, context).map(Into::into)
}

/// Whether a wrapper made `error` (so it had an own `stack`, maybe since deleted).
pub fn had_own_stack(error: &JsValue, context: &mut Context) -> JsResult<bool> {
    let state = wrappers(context);
    let (constructed, has) = (state.constructed.clone(), state.weak_set_has.clone());
    Ok(has
        .call(&constructed.into(), std::slice::from_ref(error), context)?
        .to_boolean())
}
