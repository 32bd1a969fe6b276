//! `RegExp.prototype[Symbol.split]`.
//!
//! The spec builds a sticky copy of the RegExp and tries it at every position of the string,
//! one `exec` per position. For an unobservable RegExp the same parts come from searching
//! forward: a search from `q` finds the first position `q' >= q` where the sticky match would
//! succeed, with the same match, and every position before it would have failed. So the string
//! is read once.

use boa_engine::builtins::regexp::RegExp;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};

use super::exec::{capture_value, Flags};
use super::input::with_haystack;
use super::{is_pristine, state, string_arg, this_object};

/// `RegExp.prototype[Symbol.split](string, limit)`.
pub(super) fn symbol_split(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let rx = this_object("@@split", this, context)?;
    let input = string_arg(args, context)?;
    let limit = args.get(1).cloned().unwrap_or_default();
    if !is_pristine(&rx, context)? {
        let generic = state(context).generic_split.clone();
        return generic.call(this, &[input.into(), limit], context);
    }
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        limit.to_u32(context)?
    } as usize;
    if lim == 0 {
        return Ok(JsArray::new(context)?.into());
    }
    let data = rx.downcast_ref::<RegExp>().expect("pristine: a RegExp");
    let full_unicode = Flags::of(&data).full_unicode;
    let re = data.matcher();
    let parts = with_haystack(context, &input, |hay| {
        let size = hay.len();
        if size == 0 {
            let matched = hay.match_at(re, 0, full_unicode).is_some();
            return if matched {
                Vec::new()
            } else {
                vec![input.clone().into()]
            };
        }
        let mut parts: Vec<JsValue> = Vec::new();
        let (mut p, mut q) = (0, 0);
        while q < size {
            let Some(found) = hay.search(re, q, full_unicode) else {
                break;
            };
            let (at, e) = (found.start(), found.end().min(size));
            if at >= size {
                break;
            }
            if e == p {
                q = hay.advance(at, full_unicode);
                continue;
            }
            parts.push(input.get_expect(p..at).into());
            if parts.len() == lim {
                return parts;
            }
            p = e;
            for i in 1..found.captures.len() + 1 {
                parts.push(capture_value(&input, found.group(i)));
                if parts.len() == lim {
                    return parts;
                }
            }
            q = p;
        }
        parts.push(input.get_expect(p..size).into());
        parts
    });
    drop(data);
    Ok(JsArray::from_iter(parts, context).into())
}
