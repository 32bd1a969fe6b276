//! `RegExp.prototype.exec`, `test` and `[Symbol.match]`, and the RegExpBuiltinExec they share.

use boa_engine::builtins::regexp::RegExp;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue};
use regress::Match;

use super::input::with_haystack;
use super::{
    incompatible_receiver, is_pristine, set_last_index, set_last_index_value, state, string_arg,
    this_object,
};

/// The flags RegExpBuiltinExec reads from `R.[[OriginalFlags]]`.
#[derive(Clone, Copy)]
pub(super) struct Flags {
    pub global: bool,
    pub sticky: bool,
    pub has_indices: bool,
    /// `u` or `v`: match by code point.
    pub full_unicode: bool,
}

impl Flags {
    pub(super) fn of(rx: &RegExp) -> Self {
        let flags = rx.original_flags();
        Self {
            global: flags.contains(b'g'),
            sticky: flags.contains(b'y'),
            has_indices: flags.contains(b'd'),
            full_unicode: flags.contains(b'u') || flags.contains(b'v'),
        }
    }
}

/// RegExpBuiltinExec(R, S) up to the match: reads `lastIndex`, matches, and writes `lastIndex`
/// as the spec does, but builds no result array.
pub(super) fn builtin_exec(
    rx: &JsObject,
    input: &JsString,
    context: &mut Context,
) -> JsResult<Option<(Match, Flags)>> {
    let mut last_index = rx
        .get(js_string!("lastIndex"), context)?
        .to_length(context)?;
    let data = rx
        .downcast_ref::<RegExp>()
        .ok_or_else(|| JsNativeError::typ().with_message("not a RegExp"))?;
    let flags = Flags::of(&data);
    let updates_last_index = flags.global || flags.sticky;
    if !updates_last_index {
        last_index = 0;
    }
    let found = if last_index > input.len() as u64 {
        None
    } else {
        with_haystack(context, input, |hay| {
            // Under u/v, a lastIndex inside a surrogate pair starts at the pair (as V8 does).
            let start = hay.code_point_start(last_index as usize, flags.full_unicode);
            hay.exec_at(data.matcher(), start, flags.sticky, flags.full_unicode)
        })
    };
    drop(data);
    if updates_last_index {
        let next = found.as_ref().map_or(0, Match::end);
        set_last_index(rx, next, context)?;
    }
    Ok(found.map(|m| (m, flags)))
}

/// The substring a capture group matched, or undefined.
pub(super) fn capture_value(input: &JsString, range: Option<std::ops::Range<usize>>) -> JsValue {
    range.map_or_else(JsValue::undefined, |r| input.get_expect(r).into())
}

/// The exec result array: matched text and captures, `index`, `input`, `groups` and, under the
/// `d` flag, `indices`.
pub(super) fn result_array(
    found: &Match,
    flags: Flags,
    input: &JsString,
    context: &mut Context,
) -> JsResult<JsObject> {
    let values = std::iter::once(capture_value(input, Some(found.range())))
        .chain((1..found.captures.len() + 1).map(|i| capture_value(input, found.group(i))));
    let array = JsArray::from_iter(values, context);
    let array = JsObject::from(array);
    array.create_data_property_or_throw(js_string!("index"), found.start(), context)?;
    array.create_data_property_or_throw(js_string!("input"), input.clone(), context)?;
    let groups = named_groups(found, context, |range, _| capture_value(input, range))?;
    array.create_data_property_or_throw(js_string!("groups"), groups, context)?;
    if flags.has_indices {
        let indices = indices_array(found, context)?;
        array.create_data_property_or_throw(js_string!("indices"), indices, context)?;
    }
    Ok(array)
}

/// The `groups` object (null prototype, one property per named group, valued by `value`), or
/// undefined when the pattern names no group.
pub(super) fn named_groups(
    found: &Match,
    context: &mut Context,
    mut value: impl FnMut(Option<std::ops::Range<usize>>, &mut Context) -> JsValue,
) -> JsResult<JsValue> {
    let names: Vec<_> = found.named_groups().collect();
    if names.is_empty() {
        return Ok(JsValue::undefined());
    }
    let groups = JsObject::with_null_proto();
    for (name, range) in names {
        let v = value(range, context);
        groups.create_data_property_or_throw(js_string!(name), v, context)?;
    }
    Ok(groups.into())
}

/// MakeMatchIndicesIndexPairArray: `[start, end]` pairs for the match and each capture.
fn indices_array(found: &Match, context: &mut Context) -> JsResult<JsObject> {
    let pair = |range: Option<std::ops::Range<usize>>, context: &mut Context| -> JsValue {
        range.map_or_else(JsValue::undefined, |r| {
            JsArray::from_iter([r.start.into(), r.end.into()], context).into()
        })
    };
    let mut pairs = vec![pair(Some(found.range()), context)];
    for i in 1..found.captures.len() + 1 {
        pairs.push(pair(found.group(i), context));
    }
    let indices = JsObject::from(JsArray::from_iter(pairs, context));
    let groups = named_groups(found, context, pair)?;
    indices.create_data_property_or_throw(js_string!("groups"), groups, context)?;
    Ok(indices)
}

/// `RegExp.prototype.exec(string)`.
pub(super) fn exec(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(rx) = this.as_object().filter(|o| o.is::<RegExp>()) else {
        return Err(incompatible_receiver("exec", this, context).into());
    };
    let input = string_arg(args, context)?;
    match builtin_exec(&rx, &input, context)? {
        Some((found, flags)) => Ok(result_array(&found, flags, &input, context)?.into()),
        None => Ok(JsValue::null()),
    }
}

/// What RegExpExec(R, S) produced.
pub(super) enum ExecResult {
    /// coil's own `exec` ran: the match, with no result array built.
    Builtin(Match, Flags),
    /// A user's `exec` returned this object.
    Object(JsObject),
    /// No match.
    Null,
}

/// RegExpExec(R, S): calls a user's `exec` when `Get(R, "exec")` returns one, and skips
/// building the result array when it returns coil's.
pub(super) fn regexp_exec(
    rx: &JsObject,
    input: &JsString,
    context: &mut Context,
) -> JsResult<ExecResult> {
    let exec = rx.get(js_string!("exec"), context)?;
    let builtin = state(context).exec.clone();
    let builtin_result = |found: Option<(Match, Flags)>| match found {
        Some((m, flags)) => ExecResult::Builtin(m, flags),
        None => ExecResult::Null,
    };
    match exec.as_callable() {
        Some(f) if JsObject::equals(&f, &builtin) && rx.is::<RegExp>() => {
            Ok(builtin_result(builtin_exec(rx, input, context)?))
        }
        Some(f) => {
            let result = f.call(&rx.clone().into(), &[input.clone().into()], context)?;
            match result.as_object() {
                Some(object) => Ok(ExecResult::Object(object.clone())),
                None if result.is_null() => Ok(ExecResult::Null),
                None => Err(JsNativeError::typ()
                    .with_message(
                        "RegExp exec method returned something other than an Object or null",
                    )
                    .into()),
            }
        }
        None if rx.is::<RegExp>() => Ok(builtin_result(builtin_exec(rx, input, context)?)),
        None => Err(incompatible_receiver("exec", &rx.clone().into(), context).into()),
    }
}

/// `RegExp.prototype.test(string)`.
pub(super) fn test(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let rx = this_object("test", this, context)?;
    let input = string_arg(args, context)?;
    let result = regexp_exec(&rx, &input, context)?;
    Ok((!matches!(result, ExecResult::Null)).into())
}

/// `RegExp.prototype[Symbol.match](string)`.
pub(super) fn symbol_match(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let rx = this_object("@@match", this, context)?;
    let input = string_arg(args, context)?;
    if !is_pristine(&rx, context)? {
        return super::generic::generic_match(&rx, &input, context);
    }
    let flags = Flags::of(&rx.downcast_ref::<RegExp>().expect("pristine: a RegExp"));
    if !flags.global {
        return match builtin_exec(&rx, &input, context)? {
            Some((found, flags)) => Ok(result_array(&found, flags, &input, context)?.into()),
            None => Ok(JsValue::null()),
        };
    }
    let ranges: Vec<_> = global_matches(&rx, &input, flags, context)?
        .iter()
        .map(Match::range)
        .collect();
    if ranges.is_empty() {
        return Ok(JsValue::null());
    }
    let values = ranges.into_iter().map(|r| input.get_expect(r).into());
    Ok(JsArray::from_iter(values, context).into())
}

/// Every match a pristine global RegExp's exec loop finds, as `@@match` and `@@replace` run it:
/// `lastIndex` set to 0 first and left at 0, as the loop's final failing `exec` leaves it.
pub(super) fn global_matches(
    rx: &JsObject,
    input: &JsString,
    flags: Flags,
    context: &mut Context,
) -> JsResult<Vec<Match>> {
    set_last_index(rx, 0, context)?;
    let mut matches = Vec::new();
    {
        let data = rx.downcast_ref::<RegExp>().expect("pristine: a RegExp");
        with_haystack(context, input, |hay| {
            hay.for_each_match(data.matcher(), 0, flags.sticky, flags.full_unicode, |m| {
                matches.push(m);
            });
        });
    }
    set_last_index(rx, 0, context)?;
    Ok(matches)
}

/// `RegExp.prototype[Symbol.search](string)`: the index of the first match, or -1, leaving
/// `lastIndex` as it was.
pub(super) fn symbol_search(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let rx = this_object("@@search", this, context)?;
    let input = string_arg(args, context)?;
    let previous = rx.get(js_string!("lastIndex"), context)?;
    let zero = JsValue::new(0);
    if !JsValue::same_value(&previous, &zero) {
        set_last_index_value(&rx, zero, context)?;
    }
    let result = regexp_exec(&rx, &input, context)?;
    let current = rx.get(js_string!("lastIndex"), context)?;
    if !JsValue::same_value(&current, &previous) {
        set_last_index_value(&rx, previous, context)?;
    }
    match result {
        ExecResult::Builtin(found, _) => Ok(found.start().into()),
        ExecResult::Object(object) => object.get(js_string!("index"), context),
        ExecResult::Null => Ok((-1).into()),
    }
}

/// `RegExp.prototype[Symbol.matchAll](string)`: V8's receiver check, then the spec's steps
/// (Boa's: they build a RegExp String Iterator that calls `exec` once per step).
pub(super) fn symbol_match_all(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    this_object("@@matchAll", this, context)?;
    let generic = state(context).generic_match_all.clone();
    generic.call(this, args, context)
}
