//! `internalBinding('util')`: engine facts JS cannot see (promise state, proxies), for
//! `util.inspect` and `util.types`.

use boa_engine::builtins::map::MapIterator;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::builtins::proxy::Proxy;
use boa_engine::builtins::set::SetIterator;
use boa_engine::object::builtins::{JsArray, JsArrayBuffer, JsPromise};
use boa_engine::{Context, JsObject, JsResult, JsValue};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("getPromiseState", 1, get_promise_state),
            ("isProxy", 1, is_proxy),
            ("getProxyDetails", 1, get_proxy_details),
            ("previewEntries", 1, preview_entries),
            ("detachArrayBuffer", 1, detach_array_buffer),
            ("nonIndexKeys", 2, get_own_non_index_properties),
        ],
        vec![],
    ))
}

/// `getPromiseState(p)` → `undefined` for non-promises, else `[state, result]` with 0 pending,
/// 1 fulfilled, 2 rejected.
fn get_promise_state(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(object) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Ok(promise) = JsPromise::from_object(object.clone()) else {
        return Ok(JsValue::undefined());
    };
    let (state, result) = match promise.state() {
        PromiseState::Pending => (0, JsValue::undefined()),
        PromiseState::Fulfilled(v) => (1, v),
        PromiseState::Rejected(v) => (2, v),
    };
    Ok(JsArray::from_iter([state.into(), result], context).into())
}

/// `isProxy(v)`.
fn is_proxy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(args
        .first()
        .and_then(JsValue::as_object)
        .is_some_and(|o| o.is::<Proxy>())
        .into())
}

/// `getProxyDetails(v)` → `undefined` for non-proxies, else `[target, handler]` (both `null`
/// once the proxy is revoked), as V8's.
fn get_proxy_details(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(proxy) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Some(details) = proxy
        .downcast_ref::<Proxy>()
        .map(|p| p.target_and_handler())
    else {
        return Ok(JsValue::undefined());
    };
    let (target, handler) = match details {
        Some((target, handler)) => (target.into(), handler.into()),
        None => (JsValue::null(), JsValue::null()),
    };
    Ok(JsArray::from_iter([target, handler], context).into())
}

/// `previewEntries(v)` → `[entries, isKeyValue]` for a Map or Set iterator: what it has not
/// produced yet (flat `[k1, v1, ...]` for entries iterators), read without advancing it.
/// `undefined` for anything else: WeakMap/WeakSet contents stay private (inspect prints Node's
/// `<items unknown>`).
fn preview_entries(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(object) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let preview = MapIterator::preview(&object).or_else(|| SetIterator::preview(&object));
    let Some((items, key_value)) = preview else {
        return Ok(JsValue::undefined());
    };
    let items = JsArray::from_iter(items, context);
    Ok(JsArray::from_iter([items.into(), key_value.into()], context).into())
}

/// `detachArrayBuffer(ab)`: detaches `ab` (its bytes are dropped; `byteLength` becomes 0), as
/// transferring it in `structuredClone(v, { transfer })` does. Returns whether it could.
fn detach_array_buffer(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(buffer) = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|o| JsArrayBuffer::from_object(o).ok())
    else {
        return Ok(false.into());
    };
    Ok(buffer.detach(&JsValue::undefined()).is_ok().into())
}

/// `nonIndexKeys(object, all)` → the own keys of an array or typed array that are not
/// indices (strings, then symbols, each in creation order), only enumerable ones unless `all`.
/// Reflect.ownKeys would first build a key for every index: 10 million of them for a 10 MB Buffer.
fn get_own_non_index_properties(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    use boa_engine::property::PropertyKey;
    let Some(object) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsArray::new(context)?.into());
    };
    let all = args.get(1).is_some_and(JsValue::to_boolean);
    let (strings, symbols): (Vec<JsValue>, Vec<JsValue>) = {
        let borrowed = object.borrow();
        let keys = borrowed.shape().keys();
        let wanted = keys.into_iter().filter(|key| {
            !matches!(key, PropertyKey::Index(_))
                && (all
                    || borrowed
                        .properties()
                        .get(key)
                        .is_some_and(|d| d.expect_enumerable()))
        });
        let (strings, symbols): (Vec<PropertyKey>, Vec<PropertyKey>) =
            wanted.partition(|key| matches!(key, PropertyKey::String(_)));
        (
            strings.into_iter().map(JsValue::from).collect(),
            symbols.into_iter().map(JsValue::from).collect(),
        )
    };
    let keys = strings.into_iter().chain(symbols);
    Ok(JsArray::from_iter(keys, context).into())
}
