//! coil patch: V8's wording for a failed assignment in strict code.
//!
//! Boa threw "cannot set non-writable property: x" for every failed [[Set]]. V8 (and so Node)
//! says why, and names the object: a getter without a setter, a read-only property, an object
//! that is not extensible, a primitive that cannot hold properties, or a Proxy `set` trap that
//! returned false. The object is described as V8 describes it without running user code:
//! `#<Constructor>`, `[object Array]`, `[object Object]`, a function's source, `Error: message`.

use crate::{
    Context, JsError, JsObject, JsString, JsValue,
    builtins::{Proxy, error::Error},
    error::JsNativeError,
    object::internal_methods::InternalMethodPropertyContext,
    property::{PropertyDescriptor, PropertyKey},
    value::JsVariant,
};

/// The TypeError for `receiver[key] = value` when [[Set]] on `object` (the receiver, or its
/// wrapper object for a primitive) returned false.
pub(crate) fn set_failure_error(
    object: &JsObject,
    receiver: &JsValue,
    key: &PropertyKey,
    context: &mut Context,
) -> JsError {
    let message = describe_failure(object, receiver, key, context)
        .unwrap_or_else(|| format!("cannot set non-writable property: {key}"));
    JsNativeError::typ().with_message(message).into()
}

fn describe_failure(
    object: &JsObject,
    receiver: &JsValue,
    key: &PropertyKey,
    context: &mut Context,
) -> Option<String> {
    let mut current = Some(object.clone());
    while let Some(o) = current {
        if o.is::<Proxy>() {
            return Some(format!(
                "'set' on proxy: trap returned falsish for property '{key}'"
            ));
        }
        if let Some(desc) = own_property(&o, key, context) {
            if desc.is_accessor_descriptor() {
                if desc.set().is_none_or(JsValue::is_undefined) {
                    let (_, text) = describe_value(receiver, context);
                    return Some(format!(
                        "Cannot set property {key} of {text} which has only a getter"
                    ));
                }
                return None;
            }
            if desc.writable() == Some(false) {
                let (kind, text) = describe_value(receiver, context);
                return Some(format!(
                    "Cannot assign to read only property '{key}' of {kind} '{text}'"
                ));
            }
            break;
        }
        current = o.__get_prototype_of__(context).ok().flatten();
    }
    match receiver.variant() {
        JsVariant::Object(receiver) => {
            if receiver.extensible() {
                None
            } else {
                Some(format!(
                    "Cannot add property {key}, object is not extensible"
                ))
            }
        }
        _ => {
            let (kind, text) = describe_value(receiver, context);
            Some(format!("Cannot create property '{key}' on {kind} '{text}'"))
        }
    }
}

fn own_property(
    object: &JsObject,
    key: &PropertyKey,
    context: &mut Context,
) -> Option<PropertyDescriptor> {
    object
        .__get_own_property__(key, &mut InternalMethodPropertyContext::new(context))
        .ok()
        .flatten()
}

/// An own or inherited data property's value, without calling getters.
fn data_property(object: &JsObject, key: &PropertyKey, context: &mut Context) -> Option<JsValue> {
    let mut current = Some(object.clone());
    while let Some(o) = current {
        if o.is::<Proxy>() {
            return None;
        }
        if let Some(desc) = own_property(&o, key, context) {
            return desc.value().cloned();
        }
        current = o.__get_prototype_of__(context).ok().flatten();
    }
    None
}

fn data_string(object: &JsObject, key: &str, context: &mut Context) -> Option<String> {
    let value = data_property(object, &JsString::from(key).into(), context)?;
    value.as_string().map(|s| s.to_std_string_escaped())
}

/// V8's type word and side-effect-free text for the object of an assignment.
fn describe_value(value: &JsValue, context: &mut Context) -> (&'static str, String) {
    let JsVariant::Object(object) = value.variant() else {
        let kind = match value.variant() {
            JsVariant::String(_) => "string",
            JsVariant::Float64(_) | JsVariant::Integer32(_) => "number",
            JsVariant::Boolean(_) => "boolean",
            JsVariant::BigInt(_) => "bigint",
            JsVariant::Symbol(_) => "symbol",
            _ => "object",
        };
        let text = value
            .to_string(context)
            .map_or_else(|_| String::new(), |s| s.to_std_string_escaped());
        return (kind, text);
    };
    if object.is_callable() {
        let source = context
            .intrinsics()
            .constructors()
            .function()
            .prototype()
            .get(JsString::from("toString"), context)
            .ok()
            .and_then(|f| f.as_callable())
            .and_then(|f| f.call(value, &[], context).ok())
            .and_then(|s| s.as_string().map(|s| s.to_std_string_escaped()))
            .unwrap_or_default();
        return ("function", source);
    }
    if object.is_array() {
        return ("object", "[object Array]".to_owned());
    }
    if object.is::<Error>() {
        let name = data_string(&object, "name", context).unwrap_or_else(|| "Error".to_owned());
        let message = data_string(&object, "message", context).unwrap_or_default();
        let text = if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
        return ("object", text);
    }
    let constructor = data_property(&object, &JsString::from("constructor").into(), context);
    let name = constructor
        .as_ref()
        .and_then(JsValue::as_object)
        .filter(JsObject::is_callable)
        .and_then(|c| data_string(&c, "name", context))
        .filter(|name| !name.is_empty());
    match name {
        Some(name) => ("object", format!("#<{name}>")),
        None => ("object", "[object Object]".to_owned()),
    }
}
