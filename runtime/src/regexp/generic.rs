//! The generic `@@match` and `@@replace`: for RegExps whose observable parts were changed
//! (own or prototype `exec`, flag getters, subclasses). Each step is a `Get`, `Set` or call the
//! user can see, in the order V8 (Node 20) performs them: `global`, then `unicode` (and, for
//! `@@match`, `unicodeSets`) rather than the newer spec's single `flags` read.

use boa_engine::object::builtins::JsArray;
use boa_engine::string::CommonJsStringBuilder;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

use super::exec::{regexp_exec, result_array, ExecResult};
use super::input::{is_lead_surrogate, is_trail_surrogate};
use super::replace::Template;
use super::set_last_index_value;

/// RegExpExec(R, S) as an object or null (coil's own `exec` builds its result array here,
/// since the generic steps read it with `Get`).
fn exec_object(
    rx: &JsObject,
    input: &JsString,
    context: &mut Context,
) -> JsResult<Option<JsObject>> {
    Ok(match regexp_exec(rx, input, context)? {
        ExecResult::Builtin(found, flags) => Some(result_array(&found, flags, input, context)?),
        ExecResult::Object(object) => Some(object),
        ExecResult::Null => None,
    })
}

/// AdvanceStringIndex(S, index, unicode).
fn advance_string_index(input: &JsString, index: u64, unicode: bool) -> u64 {
    if !unicode || index + 1 >= input.len() as u64 {
        return index + 1;
    }
    let i = index as usize;
    let lead = input.code_unit_at(i).is_some_and(is_lead_surrogate);
    let trail = input.code_unit_at(i + 1).is_some_and(is_trail_surrogate);
    index + if lead && trail { 2 } else { 1 }
}

/// After an empty match in a global loop: `lastIndex = AdvanceStringIndex(S, lastIndex)`.
fn step_past_empty(
    rx: &JsObject,
    input: &JsString,
    full_unicode: bool,
    context: &mut Context,
) -> JsResult<()> {
    let this_index = rx
        .get(js_string!("lastIndex"), context)?
        .to_length(context)?;
    let next = advance_string_index(input, this_index, full_unicode);
    set_last_index_value(rx, JsValue::new(next as f64), context)
}

/// The generic `RegExp.prototype[Symbol.match]`.
pub(super) fn generic_match(
    rx: &JsObject,
    input: &JsString,
    context: &mut Context,
) -> JsResult<JsValue> {
    if !rx.get(js_string!("global"), context)?.to_boolean() {
        return Ok(exec_object(rx, input, context)?.map_or_else(JsValue::null, JsValue::from));
    }
    let full_unicode = rx.get(js_string!("unicode"), context)?.to_boolean()
        || rx.get(js_string!("unicodeSets"), context)?.to_boolean();
    set_last_index_value(rx, JsValue::new(0), context)?;
    let mut matches = Vec::new();
    while let Some(result) = exec_object(rx, input, context)? {
        let matched = result.get(0, context)?.to_string(context)?;
        if matched.is_empty() {
            step_past_empty(rx, input, full_unicode, context)?;
        }
        matches.push(JsValue::from(matched));
    }
    if matches.is_empty() {
        return Ok(JsValue::null());
    }
    Ok(JsArray::from_iter(matches, context).into())
}

/// The generic `RegExp.prototype[Symbol.replace]`; `replacer` is a function or the template
/// string (already converted).
pub(super) fn generic_replace(
    rx: &JsObject,
    input: &JsString,
    replacer: &JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    let global = rx.get(js_string!("global"), context)?.to_boolean();
    let mut full_unicode = false;
    if global {
        full_unicode = rx.get(js_string!("unicode"), context)?.to_boolean();
        set_last_index_value(rx, JsValue::new(0), context)?;
    }
    let mut results = Vec::new();
    while let Some(result) = exec_object(rx, input, context)? {
        results.push(result.clone());
        if !global {
            break;
        }
        let matched = result.get(0, context)?.to_string(context)?;
        if matched.is_empty() {
            step_past_empty(rx, input, full_unicode, context)?;
        }
    }

    let length = input.len();
    let mut pieces: Vec<JsString> = Vec::new();
    let mut next_source_position = 0;
    for result in results {
        let result_length = result
            .get(js_string!("length"), context)?
            .to_length(context)?;
        let capture_count = result_length.saturating_sub(1);
        let matched = result.get(0, context)?.to_string(context)?;
        let position = result
            .get(js_string!("index"), context)?
            .to_integer_or_infinity(context)?;
        let position = position.clamp_finite(0, length as i64) as usize;
        // V8 reads (and converts) "0" once more, as capture 0, before the numbered captures.
        let again = result.get(0, context)?;
        if !again.is_undefined() {
            again.to_string(context)?;
        }
        let mut captures = Vec::new();
        for n in 1..=capture_count {
            let capture = result.get(n, context)?;
            captures.push(if capture.is_undefined() {
                capture
            } else {
                capture.to_string(context)?.into()
            });
        }
        let named = result.get(js_string!("groups"), context)?;
        let replacement = if let Some(f) = replacer.as_callable() {
            let mut args = vec![JsValue::from(matched.clone())];
            args.extend(captures.iter().cloned());
            args.push(position.into());
            args.push(input.clone().into());
            if !named.is_undefined() {
                args.push(named);
            }
            f.call(&JsValue::undefined(), &args, context)?
                .to_string(context)?
        } else {
            let source = replacer.to_string(context)?;
            let named = if named.is_undefined() {
                None
            } else {
                Some(named.to_object(context)?)
            };
            let template = Template::parse(&source, captures.len(), named.is_some());
            template.expand_generic(
                &matched,
                input,
                position,
                &captures,
                named.as_ref(),
                context,
            )?
        };
        if position >= next_source_position {
            pieces.push(input.get_expect(next_source_position..position));
            pieces.push(replacement);
            next_source_position = position + matched.len();
        }
    }
    let mut out = CommonJsStringBuilder::new();
    for piece in &pieces {
        out.push(piece.as_str());
    }
    if next_source_position < length {
        out.push(input.as_str().get_expect(next_source_position..));
    }
    Ok(out.build().into())
}
