//! `Date.prototype.toString` and `toTimeString` end with the zone name in V8
//! (`GMT+0100 (Central European Standard Time)`); Boa 0.22 stops at the offset. Both are
//! wrapped at startup by native functions that append the name, which
//! `stdlib/internal/date_zone.js` computes (loaded on the first call).

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, NativeFunction};

/// Replaces both methods on `Date.prototype`.
pub fn install(context: &mut Context) -> JsResult<()> {
    for name in ["toString", "toTimeString"] {
        wrap(name, context)?;
    }
    Ok(())
}

fn wrap(name: &str, context: &mut Context) -> JsResult<()> {
    let prototype = context.intrinsics().constructors().date().prototype();
    let Some(native) = prototype.get(js_string!(name), context)?.as_object() else {
        return Ok(());
    };
    let with_zone = NativeFunction::from_copy_closure_with_captures(
        |this, _, native: &JsObject, context| {
            let text = native.call(this, &[], context)?;
            if text
                .as_string()
                .is_some_and(|t| t == js_string!("Invalid Date"))
            {
                return Ok(text);
            }
            let zone_name = super::builtins::require(context, "internal/date_zone")?
                .get(js_string!("zoneName"), context)?;
            let Some(zone_name) = zone_name.as_callable() else {
                return Ok(text);
            };
            let zone =
                zone_name.call(&JsValue::undefined(), std::slice::from_ref(this), context)?;
            let text = text.to_string(context)?;
            let zone = zone.to_string(context)?;
            Ok(JsString::concat_array(&[
                text.as_str(),
                js_string!(" (").as_str(),
                zone.as_str(),
                js_string!(")").as_str(),
            ])
            .into())
        },
        native,
    );
    let function = FunctionObjectBuilder::new(context.realm(), with_zone)
        .name(js_string!(name))
        .length(0)
        .constructor(false)
        .build();
    let descriptor = PropertyDescriptor::builder()
        .value(function)
        .writable(true)
        .enumerable(false)
        .configurable(true);
    prototype.define_property_or_throw(js_string!(name), descriptor, context)?;
    Ok(())
}
